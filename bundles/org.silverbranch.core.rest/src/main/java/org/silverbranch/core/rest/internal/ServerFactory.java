package org.silverbranch.core.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.rest.RestProperties;
import org.silverbranch.core.rest.internal.error.ErrorResponses;
import org.silverbranch.core.rest.internal.error.ThrowableMapper;
import org.silverbranch.core.rest.internal.error.WebApplicationExceptionMapper;
import org.silverbranch.core.rest.internal.filter.RequestSizeFilter;
import org.silverbranch.core.rest.internal.module.ModuleGateFilter;
import org.silverbranch.core.rest.internal.filter.SecurityHeadersFilter;
import org.silverbranch.core.rest.internal.security.AuthenticationFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** Creates one CXF JAX-RS server with the providers every group shares: JSON, errors, authentication, limits. */
final class ServerFactory {

    /** Lets our mapper for WebApplicationException win over the one CXF registers itself. */
    private static final Map<String, Object> SERVER_PROPERTIES = Map.of("default.wae.mapper.least.specific", true);

    private final Bus bus;
    /** A new mapper per server: its caches hold the server's DTO classes, which must go with a module's bundle. */
    private final Supplier<ObjectMapper> mappers;
    private final AuthenticationService authentication;
    private final ErrorResponses errors;
    private final LongSupplier maxRequestBytes;
    private final LongSupplier maxUploadBytes;
    private final ModuleService modules;
    private final StreetService streets;

    ServerFactory(Bus bus, Supplier<ObjectMapper> mappers, AuthenticationService authentication, ErrorResponses errors,
                  LongSupplier maxRequestBytes, LongSupplier maxUploadBytes, ModuleService modules,
                  StreetService streets) {
        this.modules = modules;
        this.streets = streets;
        this.bus = bus;
        this.mappers = mappers;
        this.authentication = authentication;
        this.errors = errors;
        this.maxRequestBytes = maxRequestBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    /**
     * @param group     {@code core} or a module id
     * @param address   below the CXF servlet context, e.g. {@code /v1}
     * @param resources the resource instances, possibly from other bundles
     */
    Server create(String group, String address, List<Object> resources) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setServiceBeans(resources);
        factory.setProviders(providers(group, address));
        factory.setProperties(SERVER_PROPERTIES);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // CXF loads optional helpers through the context class loader; ours sees CXF, Jackson and JAX-RS.
        thread.setContextClassLoader(ServerFactory.class.getClassLoader());
        try {
            return factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Fresh instances per server: CXF injects per-server context proxies into provider fields. */
    private List<Object> providers(String group, String address) {
        JacksonJsonProvider json = new JacksonJsonProvider(mappers.get());
        json.disable(JaxRSFeature.ALLOW_EMPTY_INPUT);  // an empty body is 400 BODY_REQUIRED, not a null argument
        boolean core = RestProperties.CORE_GROUP.equals(group);
        List<Object> providers = new ArrayList<>(List.of(json,
                new ThrowableMapper(errors),
                new WebApplicationExceptionMapper(errors, core),
                new AuthenticationFilter(authentication, errors, address),
                new RequestSizeFilter(maxRequestBytes, maxUploadBytes, errors),
                new SecurityHeadersFilter()));
        if (!core) {
            providers.add(new ModuleGateFilter(group, modules, streets));
        }
        return providers;
    }
}
