package org.silverbranch.orglife.supervision.internal.rules;

/**
 * The district's thresholds of the branch health rules (PID {@code org.silverbranch.orglife.supervision}).
 *
 * @param minFullMembers       fewer full members than this: MERGE (default 3, Branch Work Regulations 2018 ch. 2)
 * @param committeeFullMembers this many full members or more need a branch committee: FORM_COMMITTEE (default 7,
 *                             Branch Work Regulations 2018 ch. 6)
 * @param maxBranchMembers     more members than this: GENERAL_BRANCH (default 50, Branch Work Regulations 2018
 *                             ch. 2)
 * @param termYears            length of a branch committee's term: TERM_EXPIRED after it (default 5, Branch Work
 *                             Regulations 2018 ch. 6 for village and community branches, which retiree branches are;
 *                             other units' branches: 3)
 */
public record HealthSettings(int minFullMembers, int committeeFullMembers, int maxBranchMembers, int termYears) {

    public static final HealthSettings DEFAULTS = new HealthSettings(3, 7, 50, 5);

    public HealthSettings {
        if (minFullMembers < 1 || committeeFullMembers < minFullMembers || maxBranchMembers < committeeFullMembers
                || termYears < 1 || termYears > 10) {
            throw new IllegalArgumentException("branch health settings out of range: minFullMembers=" + minFullMembers
                    + " committeeFullMembers=" + committeeFullMembers + " maxBranchMembers=" + maxBranchMembers
                    + " termYears=" + termYears);
        }
    }
}
