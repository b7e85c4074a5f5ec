package org.silverbranch.core.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.junit.Test;

public class CsvDownloadsTest {

    @Test
    public void aCsvIsAnAttachmentInUtf8() {
        byte[] csv = new Csv().row("王秀兰", 80).toBytes();

        Response response = CsvDownloads.attachment("volunteer-hours-230109002-2026-11.csv", csv);

        assertEquals(200, response.getStatus());
        assertEquals("text/csv; charset=UTF-8", CsvDownloads.CSV_UTF8);
        assertEquals("text/csv;charset=UTF-8", response.getMetadata().getFirst(HttpHeaders.CONTENT_TYPE).toString()
                .replace(" ", ""));
        assertEquals("attachment; filename=\"volunteer-hours-230109002-2026-11.csv\"",
                response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));
        assertArrayEquals(csv, (byte[]) response.getEntity());
    }

    @Test
    public void anyOtherNameHasAnAsciiFallbackAndTheUtf8Name() {
        assertEquals("attachment; filename=\"____2026.csv\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95"
                + "2026.csv", CsvDownloads.contentDisposition("会议记录2026.csv"));
        assertEquals("attachment; filename=\"a_b_.csv\"; filename*=UTF-8''a%20b%22.csv",
                CsvDownloads.contentDisposition("a b\".csv"));
        assertEquals("attachment; filename=\"x__y.csv\"; filename*=UTF-8''x%0D%0Ay.csv",
                CsvDownloads.contentDisposition("x\r\ny.csv"));
    }
}
