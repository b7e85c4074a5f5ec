package org.silverbranch.orglife.meetings.internal.service;

import java.util.Comparator;
import java.util.List;

import org.silverbranch.core.api.Caller;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.meetings.Attachment;
import org.silverbranch.orglife.meetings.Attendee;
import org.silverbranch.orglife.meetings.Meeting;
import org.silverbranch.orglife.meetings.MeetingSummary;
import org.silverbranch.orglife.meetings.Resolution;
import org.silverbranch.orglife.meetings.internal.persistence.AttachmentEntity;
import org.silverbranch.orglife.meetings.internal.persistence.AttendeeEntity;
import org.silverbranch.orglife.meetings.internal.persistence.MeetingEntity;
import org.silverbranch.orglife.meetings.internal.persistence.ResolutionEntity;
import org.silverbranch.orglife.meetings.internal.rules.Votes;

/** Entities to the exported DTOs, inside the transaction that loaded them. */
final class Dtos {

    /**
     * An absence reason as shown to a caller who may only read the meeting: the text the core shows for health notes
     * (core.persistence {@code Masks.HIDDEN}, {@code Masks.healthNotes}), so a reason is seen to exist but not read.
     */
    static final String HIDDEN = "******";

    private Dtos() {
    }

    /**
     * The meeting as the caller may see it: absence reasons (they may hold health details, 个人信息保护法 minimal
     * disclosure; see {@code AuditChanges}) in full only to callers who may write the meeting's branch, masked for
     * those who may only read it (auditor, viewer).
     */
    static Meeting meeting(MeetingEntity m, Caller caller) {
        boolean showReasons = BranchScope.writes(caller, m.getStreetCode(), m.getBranchId());
        int participants = m.getPresentCount() + m.getRemoteCount();
        // by member id: the same order fresh from a write and reloaded (ids of new rows follow no input order)
        List<Attendee> attendees = m.getAttendees().stream()
                .sorted(Comparator.comparingLong(AttendeeEntity::getMemberId))
                .map(a -> new Attendee(a.getMemberId(), a.getMemberName(), a.getStatus(),
                        showReasons ? a.getReason() : masked(a.getReason()))).toList();
        List<Resolution> resolutions = m.getResolutions().stream().map(r -> resolution(r, participants)).toList();
        List<Attachment> attachments = m.getAttachments().stream().map(Dtos::attachment).toList();
        return new Meeting(m.getId(), m.getVersion(), m.getOrganizationId(), m.getBranchId(), m.getStreetCode(),
                m.getType(), m.getStatus(), m.getDate(), m.getPlace(), m.getTopic(), m.getHostMemberId(),
                m.getHostName(), m.getMinutes(), attendees, resolutions, attachments, m.getExpectedAttendees(),
                m.getCreatedAt(), m.getUpdatedAt());
    }

    /** Like the core's {@code Masks.healthNotes}: a reason becomes {@link #HIDDEN}, none stays none. */
    static String masked(String reason) {
        return reason == null || reason.isEmpty() ? reason : HIDDEN;
    }

    static MeetingSummary summary(MeetingEntity m, int attachments) {
        return new MeetingSummary(m.getId(), m.getVersion(), m.getOrganizationId(), m.getType(), m.getStatus(),
                m.getDate(), m.getTopic(), m.getPlace(), m.getPresentCount(), m.getRemoteCount(), m.getAbsentCount(),
                m.getExpectedAttendees(), attachments);
    }

    static Resolution resolution(ResolutionEntity r, int participants) {
        return new Resolution(r.getTitle(), r.getVotesFor(), r.getVotesAgainst(), r.getAbstentions(),
                Votes.passed(r.getVotesFor(), participants));
    }

    static Attachment attachment(AttachmentEntity a) {
        return new Attachment(a.getId(), a.getMeeting().getId(), a.getFileName(), a.getContentType(),
                a.getSizeBytes(), a.getUploadedAt(), a.getUploadedBy());
    }

    static List<Long> rollIds(MeetingEntity m) {
        return m.getAttendees().stream().map(AttendeeEntity::getMemberId).toList();
    }
}
