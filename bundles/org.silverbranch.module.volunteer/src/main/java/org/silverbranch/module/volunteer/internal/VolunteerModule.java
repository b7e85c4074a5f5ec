package org.silverbranch.module.volunteer.internal;

import java.util.Locale;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.silverbranch.core.api.module.ModuleDescriptor;
import org.silverbranch.core.api.module.ServiceModule;

/** Declares the module to the core: id {@code volunteer}, names, version, permissions and messages. */
@Component(service = ServiceModule.class)
public class VolunteerModule implements ServiceModule {

    public static final String ID = "volunteer";

    private final ModuleDescriptor descriptor;
    private final ModuleMessages messages = new ModuleMessages();

    @Activate
    public VolunteerModule(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    VolunteerModule(String version) {
        this.descriptor = new ModuleDescriptor(ID, "志愿服务队", "Volunteer teams",
                "义务血压站、爱心义剪、治安巡逻等志愿服务队：队伍与队员、服务班次、报名与审核、签到、服务时长审核与统计、导出，"
                        + "已审核的服务时长记入党员台账。",
                "Volunteer teams such as the blood-pressure station, free haircuts and security patrol: rosters, "
                        + "shifts, sign-up and approval, check-in, approved hours with statistics and export; approved "
                        + "hours appear in the member's ledger.",
                version, Permissions.ALL);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Optional<String> message(String code, Locale locale) {
        return messages.message(code, locale);
    }
}
