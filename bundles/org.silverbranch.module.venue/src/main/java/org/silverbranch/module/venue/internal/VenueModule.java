package org.silverbranch.module.venue.internal;

import java.util.Locale;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.silverbranch.core.api.module.ModuleDescriptor;
import org.silverbranch.core.api.module.ServiceModule;

/** Declares the module to the core: id {@code venue}, names, version, permissions and messages. */
@Component(service = ServiceModule.class)
public class VenueModule implements ServiceModule {

    public static final String ID = "venue";

    private final ModuleDescriptor descriptor;
    private final ModuleMessages messages = new ModuleMessages();

    @Activate
    public VenueModule(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    VenueModule(String version) {
        this.descriptor = new ModuleDescriptor(ID, "活动阵地预约", "Venue booking",
                "阅览室、活动室、乒乓球、羽毛球、游泳等活动阵地：开放时间与预约规则、与其他街道共享、预约与审批、"
                        + "周期预约、签到与爽约释放、空闲查询、使用率统计与导出，预约记入党员台账。",
                "Reading rooms, activity rooms and sports venues: opening hours and booking rules, sharing with other "
                        + "streets, bookings with approval, recurring bookings, check-in and release of no-shows, free "
                        + "slots, utilization with export; bookings appear in the member's ledger.",
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
