package org.silverbranch.core.rest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.ErrorMessages;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.module.ModuleDescriptor;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.api.module.ServiceModule;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.core.rest.internal.error.ErrorResponses;
import org.silverbranch.core.rest.internal.error.Messages;
import org.silverbranch.core.rest.internal.openapi.OpenApiGenerator;
import org.silverbranch.core.rest.internal.openapi.OpenApiResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes every service with {@code osgi.jaxrs.resource=true}, from any bundle, on CXF: one JAX-RS server per
 * group ({@code silverbranch.rest.group}), the core at {@code /v1} and each module at {@code /v1/{module}}
 * (below the CXF servlet context {@code /api}). A change in a group rebuilds that group's server only, after
 * ~100 ms without further changes, on one daemon thread; the other groups keep serving.
 * <p>
 * The component owns its CXF bus: in Karaf every bus reaches the one CXF servlet through the HTTP transport
 * that the CXF HTTP bundle registers as an OSGi service, and a bus of our own lives exactly as long as we do.
 */
@Component(service = {}, immediate = true, configurationPid = RestConfiguration.PID)
@Designate(ocd = RestConfiguration.class)
public final class RestPublisher {

    static final String CORE_ADDRESS = "/v1";
    private static final long DEBOUNCE_MILLIS = 100;
    /**
     * The core API's top-level path segments: a module served at {@code /v1/<id>} with one of these ids would take
     * the core's paths over (CXF serves the longest matching address).
     */
    static final Set<String> RESERVED_GROUPS = Set.of("auth", "streets", "members", "organizations", "modules",
            "users", "audit", "openapi.json");
    private static final String PLATFORM_BUNDLE_PREFIX = "org.silverbranch.";
    private static final Logger LOG = LoggerFactory.getLogger(RestPublisher.class);

    private final BundleContext context;
    private final Bus bus;
    private final ServerFactory serverFactory;
    private final OpenApiResource openApi;
    private final ScheduledExecutorService executor;
    private final ServiceTracker<Object, Object> tracker;
    private final ServiceTracker<ServiceModule, ServiceModule> moduleMessages;
    private final ServiceTracker<ErrorMessages, ErrorMessages> bundleMessages;
    private volatile long maxRequestBytes;
    private volatile long maxUploadBytes;

    // Guarded by this: the tracked resources, their groups (valid ones only), groups waiting for a rebuild.
    private final Map<ServiceReference<Object>, Object> instances = new HashMap<>();
    private final Map<ServiceReference<Object>, String> groups = new HashMap<>();
    private final Set<String> dirtyGroups = new HashSet<>();
    private ScheduledFuture<?> pendingRebuild;
    private boolean closed;

    // Written only by the rebuild thread (and by deactivate once that thread has ended).
    private final Map<String, Server> servers = new ConcurrentHashMap<>();
    private final Map<String, List<Class<?>>> publishedClasses = new ConcurrentHashMap<>();

    @Activate
    public RestPublisher(BundleContext context, RestConfiguration configuration,
                         @Reference(name = "authentication") AuthenticationService authentication,
                         @Reference(name = "modules") ModuleService modules,
                         @Reference(name = "streets") StreetService streets)
            throws InvalidSyntaxException {
        this.context = context;
        this.maxRequestBytes = configuration.maxRequestBytes();
        this.maxUploadBytes = configuration.maxUploadBytes();
        ObjectMapper mapper = JsonMapper.create();
        this.bus = createBus();
        // messages of the error codes core bundles and modules define themselves, looked up when an error is answered
        this.moduleMessages = new ServiceTracker<>(context, ServiceModule.class, null);
        this.moduleMessages.open();
        this.bundleMessages = new ServiceTracker<>(context, ErrorMessages.class, null);
        this.bundleMessages.open();
        Messages messages = new Messages((code, language) -> bundleMessages.getTracked().values().stream()
                .map(source -> source.message(code, language)).flatMap(Optional::stream).findFirst()
                .or(() -> moduleMessages.getTracked().values().stream()
                        .map(module -> module.message(code, language)).flatMap(Optional::stream).findFirst()));
        this.serverFactory = new ServerFactory(bus, JsonMapper::create, authentication, new ErrorResponses(messages),
                () -> maxRequestBytes, () -> maxUploadBytes, modules, streets);
        this.openApi = new OpenApiResource(() -> Map.copyOf(publishedClasses), new OpenApiGenerator(mapper),
                CORE_ADDRESS);
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "silverbranch-rest-publisher");
            thread.setDaemon(true);
            return thread;
        });
        this.tracker = new ServiceTracker<>(context,
                context.createFilter("(" + RestProperties.RESOURCE + "=true)"), new Customizer());
        markDirty(RestProperties.CORE_GROUP);  // the core server carries the API document even before resources come
        tracker.open(true);  // last: its callbacks use every field above
    }

    @Modified
    void modified(RestConfiguration configuration) {
        maxRequestBytes = configuration.maxRequestBytes();  // read per request; no server needs a rebuild
        maxUploadBytes = configuration.maxUploadBytes();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        synchronized (this) {
            closed = true;
            if (pendingRebuild != null) {
                pendingRebuild.cancel(false);
            }
        }
        tracker.close();
        moduleMessages.close();
        bundleMessages.close();
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("REST publisher thread did not end within 10 s");
        }
        servers.forEach((group, server) -> destroy(group, server));
        servers.clear();
        publishedClasses.clear();
        bus.shutdown(true);
    }

    static String addressOf(String group) {
        return RestProperties.CORE_GROUP.equals(group) ? CORE_ADDRESS : CORE_ADDRESS + "/" + group;
    }

    /** The group of a resource service; null when its group property is not a valid module id. */
    static String groupOf(Object property) {
        String group = property == null ? "" : property.toString().strip();
        if (group.isEmpty() || group.equals(RestProperties.CORE_GROUP)) {
            return RestProperties.CORE_GROUP;
        }
        return ModuleDescriptor.ID.matcher(group).matches() && !RESERVED_GROUPS.contains(group) ? group : null;
    }

    /**
     * Only the platform's own bundles (core, organizational life) publish in the core group: a module's resource
     * without a group would escape the module gate (street scope and enablement), so it is refused, not published.
     */
    static boolean mayPublish(String group, String bundleSymbolicName) {
        return !RestProperties.CORE_GROUP.equals(group)
                || (bundleSymbolicName != null && bundleSymbolicName.startsWith(PLATFORM_BUNDLE_PREFIX)
                && !bundleSymbolicName.startsWith(ModuleDescriptor.BUNDLE_PREFIX));
    }

    private synchronized void markDirty(String group) {
        if (closed) {
            return;
        }
        dirtyGroups.add(group);
        if (pendingRebuild != null) {
            pendingRebuild.cancel(false);  // a running rebuild goes on; it took its groups already
        }
        pendingRebuild = executor.schedule(this::rebuildDirtyGroups, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void rebuildDirtyGroups() {
        Map<String, List<Object>> work = new LinkedHashMap<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            for (String group : dirtyGroups) {
                work.put(group, resourcesOf(group));
            }
            dirtyGroups.clear();
        }
        // Outside the lock: creating a server takes a while and tracker callbacks must not wait for it.
        work.forEach(this::rebuild);
    }

    /** The group's resource instances, in service id order so rebuilds are repeatable. */
    private List<Object> resourcesOf(String group) {
        List<Object> result = new ArrayList<>();
        groups.entrySet().stream()
                .filter(entry -> entry.getValue().equals(group))
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparing(reference -> (Long) reference.getProperty(Constants.SERVICE_ID)))
                .forEach(reference -> result.add(instances.get(reference)));
        return result;
    }

    private void rebuild(String group, List<Object> resources) {
        String address = addressOf(group);
        Server old = servers.remove(group);
        if (old != null) {
            destroy(group, old);
        }
        publishedClasses.remove(address);
        List<Object> beans = new ArrayList<>(resources);
        if (RestProperties.CORE_GROUP.equals(group)) {
            beans.add(openApi);
        }
        if (beans.isEmpty()) {
            LOG.info("REST group {} has no resources left; {} unpublished", group, address);
            return;
        }
        try {
            servers.put(group, serverFactory.create(group, address, beans));
            publishedClasses.put(address, beans.stream().<Class<?>>map(Object::getClass).toList());
            LOG.info("REST group {} published at {} with {} resources", group, address, resources.size());
        } catch (RuntimeException e) {
            // One module's broken resource must not take down the others; its group stays unpublished.
            LOG.error("REST group {} could not be published at {}", group, address, e);
        }
    }

    /** Destroys the group's server on the publisher thread (the only writer of {@code servers}) and waits. */
    private void unpublishNow(String group) {
        try {
            executor.submit(() -> {
                Server server = servers.remove(group);
                publishedClasses.remove(addressOf(group));
                if (server != null) {
                    destroy(group, server);
                    LOG.info("REST group {} unpublished from {}", group, addressOf(group));
                }
            }).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // deactivating: every server is destroyed anyway
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("REST group {} could not be unpublished at once", group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void destroy(String group, Server server) {
        try {
            server.destroy();
        } catch (RuntimeException e) {
            LOG.warn("REST server of group {} did not stop cleanly", group, e);
        }
    }

    private static Bus createBus() {
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        Bus previousDefault = BusFactory.getThreadDefaultBus(false);
        try {
            thread.setContextClassLoader(BusFactory.class.getClassLoader());
            Bus bus = BusFactory.newInstance().createBus();
            // CXF sets this loader as the context class loader of each request it serves for us.
            bus.setExtension(RestPublisher.class.getClassLoader(), ClassLoader.class);
            // Only our Jackson provider writes JSON; CXF's Jettison-based one must not answer instead.
            bus.setProperty("skip.default.json.provider.registration", true);
            return bus;
        } finally {
            BusFactory.setThreadDefaultBus(previousDefault);  // creating a bus makes it this thread's default
            thread.setContextClassLoader(previousLoader);
        }
    }

    /** Follows resource services, from this and every other bundle, and marks their groups for a rebuild. */
    private final class Customizer implements ServiceTrackerCustomizer<Object, Object> {

        @Override
        public Object addingService(ServiceReference<Object> reference) {
            String group = groupOf(reference.getProperty(RestProperties.GROUP));
            if (group == null) {
                LOG.error("Resource service {} of bundle {} not published: {} must be a module id "
                                + "(lower-case letters, digits, dashes; not a core path such as auth), not '{}'",
                        reference.getProperty(Constants.SERVICE_ID), reference.getBundle().getSymbolicName(),
                        RestProperties.GROUP, reference.getProperty(RestProperties.GROUP));
                return null;  // not tracked; a later modification is offered again
            }
            if (!mayPublish(group, reference.getBundle().getSymbolicName())) {
                LOG.error("Resource service {} of bundle {} not published: only platform bundles publish in the core API;"
                                + " a module's resources need {}=<module id>",
                        reference.getProperty(Constants.SERVICE_ID), reference.getBundle().getSymbolicName(),
                        RestProperties.GROUP);
                return null;
            }
            Object instance = context.getService(reference);
            if (instance == null) {
                return null;
            }
            synchronized (RestPublisher.this) {
                groups.put(reference, group);
                instances.put(reference, instance);
                markDirty(group);
            }
            return instance;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, Object instance) {
            String group = groupOf(reference.getProperty(RestProperties.GROUP));
            if (group == null) {
                LOG.error("Resource service {} unpublished: {} '{}' is not a module id",
                        reference.getProperty(Constants.SERVICE_ID), RestProperties.GROUP,
                        reference.getProperty(RestProperties.GROUP));
            }
            synchronized (RestPublisher.this) {
                String previous = group == null ? groups.remove(reference) : groups.put(reference, group);
                if (group != null) {
                    markDirty(group);
                }
                if (previous != null && !previous.equals(group)) {
                    markDirty(previous);
                }
            }
        }

        @Override
        public void removedService(ServiceReference<Object> reference, Object instance) {
            String group;
            synchronized (RestPublisher.this) {
                group = groups.remove(reference);
                instances.remove(reference);
            }
            if (group != null) {
                // The resource's bundle is stopping (its persistence unit closes with it): take the group's server
                // down now, not after the debounce, so requests get 404 MODULE_NOT_INSTALLED instead of reaching a
                // dead resource. The remaining resources of the group come back with the rebuild.
                unpublishNow(group);
                markDirty(group);
            }
            context.ungetService(reference);
        }
    }
}
