package org.silverbranch.orglife.supervision.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * District settings of supervision (PID {@code org.silverbranch.orglife.supervision}): the thresholds of the branch
 * health rules (化并转). Defaults are DOMAIN.md's, from 《中国共产党支部工作条例（试行）》(2018).
 */
@ObjectClassDefinition(id = SupervisionConfiguration.PID, name = "Silverbranch supervision and branch health",
        description = "Thresholds of the branch health (化并转) suggestions")
public @interface SupervisionConfiguration {

    String PID = "org.silverbranch.orglife.supervision";

    @AttributeDefinition(description = "A branch with fewer full members than this is a merge candidate "
            + "(Branch Work Regulations 2018, ch. 2: at least 3 full members)", min = "1")
    int minFullMembers() default 3;

    @AttributeDefinition(description = "A branch with this many full members or more needs a branch committee "
            + "(Branch Work Regulations 2018, ch. 6: 7)", min = "1")
    int committeeFullMembers() default 7;

    @AttributeDefinition(description = "A branch with more members than this should become a general branch "
            + "(Branch Work Regulations 2018, ch. 2: generally not over 50)", min = "1")
    int maxBranchMembers() default 50;

    @AttributeDefinition(description = "Years of a branch committee's term (Branch Work Regulations 2018, ch. 6: "
            + "5 for village and community branches, generally 3 for other units)", min = "1", max = "10")
    int termYears() default 5;
}
