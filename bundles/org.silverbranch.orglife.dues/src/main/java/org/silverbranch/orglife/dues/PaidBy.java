package org.silverbranch.orglife.dues;

/** Who handed the dues over: the member, or a proxy (代缴) of the family or the member's service specialist (服务专员). */
public enum PaidBy {
    SELF, FAMILY, SPECIALIST;

    public boolean isProxy() {
        return this != SELF;
    }
}
