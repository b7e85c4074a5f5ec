package org.silverbranch.core.rest.internal.filter;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.Test;

public class LimitedInputStreamTest {

    @Test
    public void bodyOfExactlyTheLimitIsRead() throws IOException {
        byte[] body = new byte[1000];
        body[999] = 7;

        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(body), 1000)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    public void bulkReadOverTheLimitFails() throws IOException {
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[1001]), 1000)) {
            in.readAllBytes();
            fail("1001 bytes must exceed a limit of 1000");
        } catch (PayloadTooLargeException e) {
            assertEquals(1000, e.limitBytes());
        }
    }

    @Test
    public void singleByteReadsOverTheLimitFail() throws IOException {
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[20]), 10)) {
            for (int i = 0; i < 10; i++) {
                assertEquals(0, in.read());
            }
            in.read();
            fail("the 11th byte must exceed a limit of 10");
        } catch (PayloadTooLargeException e) {
            assertEquals(10, e.limitBytes());
        }
    }

    @Test
    public void skippedBytesCount() throws IOException {
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[20]), 10)) {
            assertEquals(8, in.skip(8));
            in.read(new byte[5]);
            fail("8 skipped and 5 read must exceed a limit of 10");
        } catch (PayloadTooLargeException e) {
            assertEquals(10, e.limitBytes());
        }
    }
}
