/**
 * Assessment in organizational life: the yearly member appraisal (民主评议党员), the star rating of branches
 * (星级管理, with promotion and demotion 晋位升级), and the yearly assessment of branch secretaries with their
 * monthly subsidy (支部书记考核与补贴). Services take the {@link org.silverbranch.core.api.Caller} first and apply
 * {@code org.silverbranch.orglife.api.BranchScope}; they answer DTOs, never entities.
 * <p>
 * {@link org.silverbranch.orglife.assessment.BranchFigureSource} is the SPI through which other bundles give the
 * figures (meeting compliance, dues collection, participation) that computed star criteria need, without this
 * bundle depending on them.
 */
@Version("1.0.0")
@Export
package org.silverbranch.orglife.assessment;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
