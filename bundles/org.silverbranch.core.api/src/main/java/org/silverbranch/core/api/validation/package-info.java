/** Pure validation rules shared by the core and modules (resident ID numbers, phone numbers). */
@Version("1.0.0")
@Export
package org.silverbranch.core.api.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
