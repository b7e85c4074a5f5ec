package org.silverbranch.core.persistence.internal.district;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What an empty database is filled with on first start (PID {@code org.silverbranch.core.district}). */
@ObjectClassDefinition(name = "Silverbranch district", description = "Reference data and demo data of the district")
public @interface DistrictConfiguration {

    @AttributeDefinition(description = "CSV of the district's streets (code,name,...); empty: the bundled 松北区 file")
    String streetsCsv() default "";

    @AttributeDefinition(description = "CSV of the district's communities (code,name,streetCode,...); empty: bundled 松北区")
    String communitiesCsv() default "";

    @AttributeDefinition(description = "Load demo organizations and synthetic members into an empty database")
    boolean demoData() default true;

    @AttributeDefinition(description = "How many synthetic demo members to create")
    int demoMembers() default 300;
}
