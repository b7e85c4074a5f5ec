package org.silverbranch.orglife.supervision;

/**
 * The branch health (化并转) rules, each with the source it encodes. Thresholds are district settings (PID
 * {@code org.silverbranch.orglife.supervision}) whose defaults are these sources' figures.
 */
public enum HealthRule {
    /** Fewer full members than the minimum (default 3): merge or convert (化并转). */
    MERGE("《中国共产党支部工作条例（试行）》(2018) 第二章: 正式党员3人以上成立党支部; DOMAIN.md"),
    /** At least the committee threshold of full members (default 7) and no committee member in the leadership. */
    FORM_COMMITTEE("《中国共产党支部工作条例（试行）》(2018) 第六章: 正式党员7人以上的党支部应当设立支部委员会; DOMAIN.md"),
    /** More members than a branch should have (default 50): form a general branch (党总支). */
    GENERAL_BRANCH("《中国共产党支部工作条例（试行）》(2018) 第二章: 党支部党员人数一般不超过50人; DOMAIN.md"),
    /** No secretary in office. */
    SECRETARY_VACANT("《中国共产党支部工作条例（试行）》(2018) 第六章: 党支部设书记; DOMAIN.md"),
    /** The leadership's term has run out (planned end passed, or older than the term length, default 5 years). */
    TERM_EXPIRED("《中国共产党支部工作条例（试行）》(2018) 第六章: 村、社区党支部委员会每届任期5年, 任期届满应当按期换届");

    private final String source;

    HealthRule(String source) {
        this.source = source;
    }

    /** The rule's source, in Chinese as it is cited. */
    public String source() {
        return source;
    }
}
