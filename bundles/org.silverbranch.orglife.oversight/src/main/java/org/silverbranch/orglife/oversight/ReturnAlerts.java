package org.silverbranch.orglife.oversight;

import java.util.List;

import org.silverbranch.orglife.supervision.AwayMember;

/**
 * Away members expected back this month, and those expected back earlier and still recorded away.
 *
 * @param members all of them
 * @param overdue those whose expected return has passed
 */
public record ReturnAlerts(int members, int overdue, List<AwayMember> items) {

    public ReturnAlerts {
        items = List.copyOf(items);
    }
}
