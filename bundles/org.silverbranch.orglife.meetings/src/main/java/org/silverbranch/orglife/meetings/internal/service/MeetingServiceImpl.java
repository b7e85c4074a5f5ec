package org.silverbranch.orglife.meetings.internal.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.silverbranch.core.api.AuditTrail;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.FieldProblem;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Problems;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberStatus;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationStatus;
import org.silverbranch.core.persistence.jpa.OptimisticLocking;
import org.silverbranch.core.persistence.jpa.Transactions;
import org.silverbranch.orglife.api.BranchScope;
import org.silverbranch.orglife.meetings.Attachment;
import org.silverbranch.orglife.meetings.AttachmentContent;
import org.silverbranch.orglife.meetings.AttendanceStatus;
import org.silverbranch.orglife.meetings.Meeting;
import org.silverbranch.orglife.meetings.MeetingInput;
import org.silverbranch.orglife.meetings.MeetingQuery;
import org.silverbranch.orglife.meetings.MeetingService;
import org.silverbranch.orglife.meetings.MeetingStatus;
import org.silverbranch.orglife.meetings.MeetingSummary;
import org.silverbranch.orglife.meetings.Resolution;
import org.silverbranch.orglife.meetings.internal.MeetingsSettings;
import org.silverbranch.orglife.meetings.internal.persistence.AttachmentContentEntity;
import org.silverbranch.orglife.meetings.internal.persistence.AttachmentEntity;
import org.silverbranch.orglife.meetings.internal.persistence.AttendeeEntity;
import org.silverbranch.orglife.meetings.internal.persistence.MeetingEntity;
import org.silverbranch.orglife.meetings.internal.persistence.MeetingsSchema;
import org.silverbranch.orglife.meetings.internal.persistence.ResolutionEntity;
import org.silverbranch.orglife.meetings.internal.rules.FileTypes;
import org.silverbranch.orglife.meetings.internal.rules.MeetingRules;
import org.silverbranch.orglife.meetings.internal.rules.MeetingRules.CheckedAttendee;
import org.silverbranch.orglife.meetings.internal.rules.MeetingRules.CheckedMeeting;

/**
 * Meetings, their roll, resolutions and attachments. The core is asked first (organization, roll members, host),
 * outside the transaction; then the write runs in one transaction, so bad input leaves nothing behind; then the
 * audit log records it (its own transaction, after the commit, so it never records a write that was rolled back).
 */
@Component(service = MeetingService.class)
public class MeetingServiceImpl implements MeetingService {

    public static final int MAX_ATTACHMENTS = 50;
    public static final int MAX_FILE_NAME = 200;
    public static final String ENTITY = "meeting";

    private final Transactions tx;
    private final CoreLookups core;
    private final AuditTrail audit;
    private final MeetingsSettings settings;
    private final Clock clock;

    @Activate
    public MeetingServiceImpl(@Reference(name = "jpa", target = MeetingsSchema.UNIT_FILTER) JpaTemplate jpa,
                              @Reference(name = "schema") MeetingsSchema schema,
                              @Reference(name = "organizations") OrganizationService organizations,
                              @Reference(name = "members") MemberService members,
                              @Reference(name = "audit") AuditTrail audit,
                              @Reference(name = "settings") MeetingsSettings settings) {
        this(jpa, organizations, members, audit, settings, Clock.systemDefaultZone());
    }

    MeetingServiceImpl(JpaTemplate jpa, OrganizationService organizations, MemberService members,
                              AuditTrail audit, MeetingsSettings settings, Clock clock) {
        this.tx = new Transactions(jpa);
        this.core = new CoreLookups(organizations, members);
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Page<MeetingSummary> list(Caller caller, long organizationId, MeetingQuery query) {
        Organization org = core.organization(caller, organizationId);
        BranchScope.requireRead(caller, org.streetCode(), CoreLookups.recordsBranchId(org));
        Problems p = new Problems();
        if (query.page() < 0 || (long) query.page() * Math.max(query.size(), 1) > Integer.MAX_VALUE) {
            p.add("page", "INVALID_PAGE");  // as the core's MemberSearch: an offset past int range would overflow
        }
        if (query.size() < 1 || query.size() > MeetingQuery.MAX_PAGE_SIZE) {
            p.add("size", "INVALID_PAGE_SIZE", MeetingQuery.MAX_PAGE_SIZE);
        }
        p.throwIfAny();
        String where = " WHERE m.organizationId = :org"
                + (query.type() == null ? "" : " AND m.type = :type")
                + (query.status() == null ? "" : " AND m.status = :status")
                + (query.period() == null ? "" : " AND m.date BETWEEN :from AND :to");
        return tx.inTransaction(em -> {
            TypedQuery<MeetingEntity> rows = em.createQuery("SELECT m FROM MeetingEntity m" + where
                    + " ORDER BY m.date DESC, m.id DESC", MeetingEntity.class);
            TypedQuery<Long> total = em.createQuery("SELECT COUNT(m) FROM MeetingEntity m" + where, Long.class);
            for (TypedQuery<?> q : List.of(rows, total)) {
                q.setParameter("org", organizationId);
                if (query.type() != null) {
                    q.setParameter("type", query.type());
                }
                if (query.status() != null) {
                    q.setParameter("status", query.status());
                }
                if (query.period() != null) {
                    q.setParameter("from", query.period().start()).setParameter("to", query.period().end());
                }
            }
            List<MeetingEntity> page = rows.setFirstResult(query.page() * query.size())
                    .setMaxResults(query.size()).getResultList();
            Map<Long, Integer> files = attachmentCounts(em, page.stream().map(MeetingEntity::getId).toList());
            return new Page<>(page.stream().map(m -> Dtos.summary(m, files.getOrDefault(m.getId(), 0))).toList(),
                    query.page(), query.size(), total.getSingleResult());
        });
    }

    @Override
    public Meeting get(Caller caller, long meetingId) {
        return tx.inTransaction(em -> Dtos.meeting(readable(em, caller, meetingId), caller));
    }

    @Override
    public Meeting create(Caller caller, long organizationId, MeetingInput in) {
        Organization org = core.organization(caller, organizationId);
        long branchId = CoreLookups.recordsBranchId(org);
        BranchScope.requireWrite(caller, org.streetCode(), branchId);
        if (!CoreLookups.holdsMeetings(org)) {
            throw ServiceException.badRequest("NOT_A_MEETING_ORGANIZATION", organizationId);
        }
        if (org.status() != OrganizationStatus.ACTIVE) {
            throw ServiceException.badRequest("ORGANIZATION_NOT_ACTIVE", organizationId);
        }
        Checked checked = check(caller, org, in, null, Map.of(), null, null);
        Meeting created = tx.inTransaction(em -> {
            Instant now = clock.instant();
            MeetingEntity m = new MeetingEntity();
            m.setOrganizationId(organizationId);
            m.setBranchId(branchId);
            m.setStreetCode(org.streetCode());
            m.setCreatedAt(now);
            m.setCreatedBy(caller.username());
            apply(m, checked, caller, now);
            em.persist(m);
            em.flush();
            return Dtos.meeting(m, caller);
        });
        audit.record(caller, "MEETING_CREATE", ENTITY, String.valueOf(created.id()), AuditChanges.of(null, created));
        return created;
    }

    @Override
    public Meeting update(Caller caller, long meetingId, MeetingInput in) {
        Meeting before = tx.inTransaction(em -> Dtos.meeting(writable(em, caller, meetingId), caller));
        Organization org = core.organization(caller, before.organizationId());
        Map<Long, String> stored = before.attendees().stream()
                .collect(Collectors.toMap(a -> a.memberId(), a -> a.memberName()));
        Problems versionProblem = new Problems();
        versionProblem.require("version", in.version());
        Checked checked = check(caller, org, in, before.status(), stored, before.hostMemberId() == null ? null
                : Map.entry(before.hostMemberId(), before.hostName() == null ? "" : before.hostName()),
                versionProblem);
        Meeting after = tx.inTransaction(em -> {
            MeetingEntity m = writable(em, caller, meetingId);
            OptimisticLocking.requireVersion(in.version(), m.getVersion());
            apply(m, checked, caller, clock.instant());
            em.flush();
            return Dtos.meeting(m, caller);
        });
        audit.record(caller, "MEETING_UPDATE", ENTITY, String.valueOf(meetingId), AuditChanges.of(before, after));
        return after;
    }

    @Override
    public Attachment addAttachment(Caller caller, long meetingId, String fileName, String declaredType,
                                    byte[] content) {
        tx.inTransaction(em -> writable(em, caller, meetingId));
        long limit = settings.attachmentMaxBytes();
        if (content != null && content.length > limit) {
            throw new ServiceException(ErrorKind.PAYLOAD_TOO_LARGE, "ATTACHMENT_TOO_LARGE",
                    List.of(new FieldProblem("content", "ATTACHMENT_TOO_LARGE", List.of(String.valueOf(limit)))),
                    limit);
        }
        Problems p = new Problems();
        String name = cleanFileName(fileName);
        if (p.require("filename", name)) {
            p.maxLength("filename", name, MAX_FILE_NAME);
        }
        FileTypes.FileType type = null;
        if (content == null || content.length == 0) {
            p.add("content", "ATTACHMENT_EMPTY");
        } else {
            type = FileTypes.sniff(content).orElse(null);
            if (type == null) {
                p.add("content", "ATTACHMENT_TYPE_NOT_ALLOWED");
            } else {
                if (name != null && !type.matchesName(name)) {
                    p.add("filename", "ATTACHMENT_NAME_MISMATCH", String.join(", ", type.extensions()));
                }
                if (!FileTypes.agrees(declaredType, type)) {
                    p.add("contentType", "ATTACHMENT_TYPE_MISMATCH", type.mediaType());
                }
            }
        }
        p.throwIfAny();
        String mediaType = type.mediaType();
        Attachment saved = tx.inTransaction(em -> {
            MeetingEntity m = writable(em, caller, meetingId);
            long count = em.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.meeting.id = :m", Long.class)
                    .setParameter("m", meetingId).getSingleResult();
            if (count >= MAX_ATTACHMENTS) {
                throw ServiceException.conflict("TOO_MANY_ATTACHMENTS", MAX_ATTACHMENTS);
            }
            AttachmentEntity a = new AttachmentEntity();
            a.setMeeting(m);
            a.setFileName(name);
            a.setContentType(mediaType);
            a.setSizeBytes(content.length);
            a.setSha256(sha256(content));
            a.setUploadedAt(clock.instant());
            a.setUploadedBy(caller.username());
            em.persist(a);
            em.flush();
            AttachmentContentEntity bytes = new AttachmentContentEntity();
            bytes.setAttachmentId(a.getId());
            bytes.setContent(content);
            em.persist(bytes);
            em.flush();
            return Dtos.attachment(a);
        });
        audit.record(caller, "MEETING_ATTACHMENT_ADD", ENTITY, String.valueOf(meetingId),
                Map.of("attachment", List.of("", saved.id() + " " + saved.fileName() + " (" + saved.contentType()
                        + ", " + saved.sizeBytes() + " bytes)")));
        return saved;
    }

    @Override
    public AttachmentContent attachment(Caller caller, long meetingId, long attachmentId) {
        return tx.inTransaction(em -> {
            readable(em, caller, meetingId);
            AttachmentEntity a = em.find(AttachmentEntity.class, attachmentId);
            if (a == null || a.getMeeting().getId() != meetingId) {
                throw ServiceException.notFound("ATTACHMENT_NOT_FOUND", attachmentId);
            }
            AttachmentContentEntity bytes = em.find(AttachmentContentEntity.class, attachmentId);
            return new AttachmentContent(Dtos.attachment(a), bytes.getContent());
        });
    }

    /** The meeting when the caller may read it; another street's or branch's is not found (404). */
    private static MeetingEntity readable(EntityManager em, Caller caller, long meetingId) {
        MeetingEntity m = em.find(MeetingEntity.class, meetingId);
        if (m == null || !BranchScope.reads(caller, m.getStreetCode(), m.getBranchId())) {
            throw ServiceException.notFound("MEETING_NOT_FOUND", meetingId);
        }
        return m;
    }

    /** The meeting when the caller may change it: 404 as {@link #readable}, 403 for one only visible. */
    private static MeetingEntity writable(EntityManager em, Caller caller, long meetingId) {
        MeetingEntity m = readable(em, caller, meetingId);
        if (!BranchScope.writes(caller, m.getStreetCode(), m.getBranchId())) {
            throw ServiceException.forbidden("FORBIDDEN");
        }
        return m;
    }

    /** A checked meeting with what the core said: the host's name and the organization's head count. */
    private record Checked(CheckedMeeting meeting, String hostName, int organizationMembers) {
    }

    /**
     * Every check, with the core asked for the roll's members and the host.
     *
     * @param caller     a host not on the roll is looked up as the caller (the core's member scope applies)
     * @param storedRoll members already on the stored roll (id → name): they stay valid after leaving
     * @param storedHost the stored host (id → name), kept valid the same way
     */
    private Checked check(Caller caller, Organization org, MeetingInput in, MeetingStatus storedStatus,
                          Map<Long, String> storedRoll, Map.Entry<Long, String> storedHost, Problems earlier) {
        Problems p = earlier == null ? new Problems() : earlier;
        Map<Long, Member> active = core.rollMembers(org);
        Map<Long, String> allowed = new HashMap<>(storedRoll);
        active.values().forEach(m -> allowed.put(m.id(), m.name()));
        CheckedMeeting checked = MeetingRules.check(in, storedStatus, LocalDate.now(clock), allowed, p);
        String hostName = null;
        if (in.hostMemberId() != null) {
            if (storedHost != null && storedHost.getKey().equals(in.hostMemberId())) {
                hostName = storedHost.getValue();
            } else if (active.containsKey(in.hostMemberId())) {
                hostName = active.get(in.hostMemberId()).name();
            } else {
                // looked up as the caller, so the answer says nothing of members outside the caller's scope
                Member host = core.memberOrNull(caller, in.hostMemberId());
                if (host == null || !org.streetCode().equals(host.streetCode())) {
                    p.add("hostMemberId", "MEMBER_NOT_IN_STREET", in.hostMemberId());
                } else if (host.status() != MemberStatus.ACTIVE) {
                    p.add("hostMemberId", "MEMBER_NOT_ACTIVE", in.hostMemberId());
                } else {
                    hostName = host.name();
                }
            }
        }
        p.throwIfAny();
        return new Checked(checked, hostName, active.size());
    }

    private static void apply(MeetingEntity m, Checked checked, Caller caller, Instant now) {
        CheckedMeeting c = checked.meeting();
        m.setType(c.type());
        m.setStatus(c.status());
        m.setDate(c.date());
        m.setPlace(c.place());
        m.setTopic(c.topic());
        m.setHostMemberId(c.hostMemberId());
        m.setHostName(checked.hostName());
        m.setMinutes(c.minutes());
        m.setUpdatedAt(now);
        m.setUpdatedBy(caller.username());
        syncRoll(m, c.attendees());
        m.getAttendees().forEach(AttendeeEntity::copyFromMeeting);   // after date and status are set
        syncResolutions(m, c.resolutions());
        int present = count(c, AttendanceStatus.PRESENT);
        int remote = count(c, AttendanceStatus.REMOTE);
        m.setPresentCount(present);
        m.setRemoteCount(remote);
        m.setAbsentCount(count(c, AttendanceStatus.ABSENT));
        m.setExpectedAttendees(expected(c, checked.organizationMembers()));
    }

    /**
     * The participation rate's denominator (see {@code Meeting.expectedAttendees}): a whole-organization meeting
     * expects every active member (at least the roll: members who left since may be on it); others their roll.
     * A planned or cancelled meeting expects no one.
     */
    static int expected(CheckedMeeting c, int organizationMembers) {
        if (c.status() != MeetingStatus.HELD) {
            return 0;
        }
        int roll = c.attendees().size();
        return c.type().wholeOrganization() ? Math.max(roll, organizationMembers) : roll;
    }

    private static int count(CheckedMeeting c, AttendanceStatus status) {
        return (int) c.attendees().stream().filter(a -> a.status() == status).count();
    }

    /**
     * Brings the stored roll to the new one row by row: rows of members still on it are updated in place, so the
     * unique (meeting, member) key never sees a delete and an insert of the same member in one flush.
     */
    private static void syncRoll(MeetingEntity m, List<CheckedAttendee> roll) {
        Map<Long, CheckedAttendee> wanted = roll.stream()
                .collect(Collectors.toMap(CheckedAttendee::memberId, Function.identity()));
        for (Iterator<AttendeeEntity> it = m.getAttendees().iterator(); it.hasNext(); ) {
            AttendeeEntity row = it.next();
            CheckedAttendee a = wanted.remove(row.getMemberId());
            if (a == null) {
                it.remove();
            } else {
                row.setStatus(a.status());
                row.setReason(a.reason());
            }
        }
        for (CheckedAttendee a : roll) {
            if (wanted.containsKey(a.memberId())) {
                AttendeeEntity row = new AttendeeEntity();
                row.setMeeting(m);
                row.setMemberId(a.memberId());
                row.setMemberName(a.memberName() == null ? "" : a.memberName());
                row.setStatus(a.status());
                row.setReason(a.reason());
                m.getAttendees().add(row);
            }
        }
    }

    private static void syncResolutions(MeetingEntity m, List<Resolution> resolutions) {
        List<ResolutionEntity> rows = m.getResolutions();
        while (rows.size() > resolutions.size()) {
            rows.remove(rows.size() - 1);
        }
        for (int i = 0; i < resolutions.size(); i++) {
            ResolutionEntity row;
            if (i < rows.size()) {
                row = rows.get(i);
            } else {
                row = new ResolutionEntity();
                row.setMeeting(m);
                rows.add(row);
            }
            Resolution r = resolutions.get(i);
            row.setPosition(i);
            row.setTitle(r.title());
            row.setVotesFor(r.votesFor());
            row.setVotesAgainst(r.votesAgainst());
            row.setAbstentions(r.abstentions());
        }
    }

    private static Map<Long, Integer> attachmentCounts(EntityManager em, List<Long> meetingIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("SELECT a.meeting.id, COUNT(a) FROM AttachmentEntity a"
                + " WHERE a.meeting.id IN :ids GROUP BY a.meeting.id", Object[].class)
                .setParameter("ids", meetingIds).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** The last part of a path a browser may send, without control characters; null when nothing is left. */
    static String cleanFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
