package org.silverbranch.core.rest.internal.filter;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.junit.Test;
import org.silverbranch.core.rest.internal.error.ErrorResponses;
import org.silverbranch.core.rest.internal.error.Messages;

public class RequestSizeFilterTest {

    private static final long JSON_LIMIT = 1_000;
    private static final long UPLOAD_LIMIT = 10_000;
    private final RequestSizeFilter filter = new RequestSizeFilter(() -> JSON_LIMIT, () -> UPLOAD_LIMIT,
            new ErrorResponses(new Messages()));

    @Test
    public void jsonBodiesHaveTheRequestLimit() {
        assertEquals(413, statusOf(MediaType.APPLICATION_JSON_TYPE, 1_001));
        assertEquals(413, statusOf(MediaType.valueOf("application/merge-patch+json"), 1_001));
        assertEquals(413, statusOf(null, 1_001));
        // media types match without regard to case: upper-case JSON is JSON, not an upload
        assertEquals(413, statusOf(MediaType.valueOf("application/JSON"), 1_001));
        assertEquals(413, statusOf(MediaType.valueOf("text/plain"), 1_001));
        assertEquals(413, statusOf(MediaType.valueOf("image/svg+xml"), 1_001));
        assertNull(abortedWith(MediaType.APPLICATION_JSON_TYPE, 1_000));
    }

    @Test
    public void fileUploadsHaveTheUploadLimit() {
        assertNull(abortedWith(MediaType.valueOf("application/pdf"), 9_999));
        assertNull(abortedWith(MediaType.APPLICATION_OCTET_STREAM_TYPE, 10_000));
        assertEquals(413, statusOf(MediaType.valueOf("image/png"), 10_001));
        assertNull(abortedWith(MediaType.valueOf("APPLICATION/PDF"), 9_999));
        assertNull(abortedWith(MediaType.valueOf(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), 9_999));
    }

    private int statusOf(MediaType type, long length) {
        return abortedWith(type, length).getStatus();
    }

    private Response abortedWith(MediaType type, long length) {
        AtomicReference<Response> aborted = new AtomicReference<>();
        InputStream body = new ByteArrayInputStream(new byte[0]);
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) ->
                        switch (method.getName()) {
                            case "getMediaType" -> type;
                            case "getLength" -> (int) length;
                            case "hasEntity" -> true;
                            case "getEntityStream" -> body;
                            case "abortWith" -> {
                                aborted.set((Response) args[0]);
                                yield null;
                            }
                            default -> null;
                        });
        filter.filter(request);
        return aborted.get();
    }
}
