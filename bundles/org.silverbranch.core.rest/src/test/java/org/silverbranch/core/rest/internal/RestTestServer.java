package org.silverbranch.core.rest.internal;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.internal.error.ErrorResponses;
import org.silverbranch.core.rest.internal.error.Messages;

/**
 * Serves JAX-RS resources as the platform does — CXF's servlet at {@code /api}, each group on its own server with
 * the real providers (JSON, error mapping, authentication, size limit, security headers, module gate) — in an
 * embedded Jetty, for HTTP tests of the core and of modules (the REST bundle's test-jar). Services are the test's
 * own fakes; no OSGi.
 */
public final class RestTestServer implements AutoCloseable {

    private final org.eclipse.jetty.server.Server jetty;
    private final Bus bus;
    private final ServerFactory factory;
    private final List<Server> servers = new ArrayList<>();
    private final String apiBase;

    private RestTestServer(org.eclipse.jetty.server.Server jetty, Bus bus, ServerFactory factory, String apiBase) {
        this.jetty = jetty;
        this.bus = bus;
        this.factory = factory;
        this.apiBase = apiBase;
    }

    /**
     * @param moduleMessages messages of module codes, e.g. {@code (code, language) -> module.message(code, language)}
     */
    public static RestTestServer start(AuthenticationService authentication, ModuleService modules,
                                       StreetService streets, Messages.ModuleMessages moduleMessages,
                                       long maxRequestBytes) throws Exception {
        DestinationRegistry registry = new DestinationRegistryImpl();
        Bus bus = BusFactory.newInstance().createBus();
        HTTPTransportFactory transport = new HTTPTransportFactory(registry);
        DestinationFactoryManager destinations = bus.getExtension(DestinationFactoryManager.class);
        for (String id : transport.getTransportIds()) {
            destinations.registerDestinationFactory(id, transport);
        }
        org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(
                new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/api");
        context.addServlet(new ServletHolder(new CXFNonSpringServlet(registry, false)), "/*");
        jetty.setHandler(context);
        jetty.start();
        String base = "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/api";
        ServerFactory factory = new ServerFactory(bus, JsonMapper::create, authentication,
                new ErrorResponses(new Messages(moduleMessages)), () -> maxRequestBytes, () -> maxRequestBytes, modules,
                streets);
        return new RestTestServer(jetty, bus, factory, base);
    }

    /** Publishes a group ({@code core} or a module id) at {@code /api/v1} or {@code /api/v1/<group>}. */
    public RestTestServer publish(String group, List<Object> resources) {
        servers.add(factory.create(group, RestPublisher.addressOf(group), resources));
        return this;
    }

    /** {@code http://127.0.0.1:PORT/api} */
    public String apiBase() {
        return apiBase;
    }

    @Override
    public void close() throws Exception {
        servers.forEach(Server::destroy);
        bus.shutdown(true);
        jetty.stop();
    }
}
