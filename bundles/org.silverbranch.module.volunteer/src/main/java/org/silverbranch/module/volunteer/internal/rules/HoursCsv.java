package org.silverbranch.module.volunteer.internal.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.silverbranch.core.rest.Csv;

/** The approved hours of a period as a spreadsheet for the street office: one line per attendance. */
public final class HoursCsv {

    /** The header line, in Chinese: the people who open the file are street staff. */
    public static final List<String> HEADER = List.of("日期", "开始时间", "结束时间", "服务队", "服务项目", "社区",
            "地点", "党员编号", "姓名", "时长（分钟）", "时长（小时）", "审核人", "审核时间");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One approved attendance. */
    public record Row(LocalDate date, LocalTime start, LocalTime end, String teamName, String serviceName,
                      String communityName, String place, long memberId, String memberName, int minutes,
                      String approvedBy, Instant approvedAt) {
    }

    private HoursCsv() {
    }

    /** @param zone the zone the approval times are shown in (the server's, as everywhere in the module) */
    public static byte[] write(List<Row> rows, ZoneId zone) {
        Csv csv = new Csv().row(HEADER.toArray());
        for (Row r : rows) {
            csv.row(r.date().toString(), TIME.format(r.start()), TIME.format(r.end()), r.teamName(),
                    r.serviceName(), r.communityName(), r.place(), r.memberId(), r.memberName(), r.minutes(),
                    Hours.toHours(r.minutes()), r.approvedBy(),
                    r.approvedAt() == null ? null : DATE_TIME.format(r.approvedAt().atZone(zone)));
        }
        return csv.toBytes();
    }
}
