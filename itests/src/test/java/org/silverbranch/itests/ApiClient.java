package org.silverbranch.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for the REST API, on {@code java.net.http}. Immutable: {@link #as}, {@link #anonymous()} and
 * {@link #acceptLanguage} return a changed copy. Works inside the container (Pax Exam probe) and in the test JVM.
 * <pre>
 *   api.get("/streets").json()                       // as the client's user
 *   api.anonymous().get("/streets").status()         // no credentials
 *   api.acceptLanguage("en").post("/streets/230109002/members", body)
 * </pre>
 * Paths are relative to {@code /api/v1} unless they start with {@code http}.
 */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final String acceptLanguage;
    private final String accept;

    private ApiClient(HttpClient http, String base, String authorization, String acceptLanguage) {
        this(http, base, authorization, acceptLanguage, "application/json");
    }

    private ApiClient(HttpClient http, String base, String authorization, String acceptLanguage, String accept) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
        this.acceptLanguage = acceptLanguage;
        this.accept = accept;
    }

    /** The same client asking for another media type, e.g. {@code text/csv}; JSON by default. */
    public ApiClient accept(String mediaType) {
        return new ApiClient(http, base, authorization, acceptLanguage, mediaType);
    }

    /** A client for {@code http://localhost:PORT/api/v1} without credentials. */
    public static ApiClient forPort(int httpPort) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new ApiClient(http, "http://localhost:" + httpPort + "/api/v1", null, null);
    }

    /** The same client sending HTTP Basic credentials. */
    public ApiClient as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(http, base, "Basic " + token, acceptLanguage, accept);
    }

    /** The same client sending no credentials. */
    public ApiClient anonymous() {
        return new ApiClient(http, base, null, acceptLanguage, accept);
    }

    /** The same client sending {@code Accept-Language}, e.g. {@code zh-CN} or {@code en}; null sends none. */
    public ApiClient acceptLanguage(String languageTag) {
        return new ApiClient(http, base, authorization, languageTag, accept);
    }

    public String baseUri() {
        return base;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    /** POSTs a body: a {@link String} is sent as it is, anything else (JsonNode, Map, record) as JSON. */
    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=UTF-8");
            request.method(method, HttpRequest.BodyPublishers.ofString(toJson(body), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(method, r.uri(), r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri(path) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + path, e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + (path.startsWith("/") ? path : "/" + path));
    }

    private static String toJson(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body.getClass() + " as JSON", e);
        }
    }

    /** What the server answered. {@link #toString()} is meant for assertion messages. */
    public record Response(String method, URI uri, int status, HttpHeaders headers, String body) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The body as JSON; fails with the status and body when it is not JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        public boolean isJson() {
            return header("Content-Type").map(t -> t.startsWith("application/json")).orElse(false);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
            return method + " " + uri + " -> " + status + " " + header("Content-Type").orElse("") + " " + shown;
        }
    }
}
