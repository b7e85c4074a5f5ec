package org.silverbranch.core.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

/**
 * A {@link Csv} document as a download:
 * <pre>
 * &#64;GET &#64;Path("hours.csv") &#64;Produces(CsvDownloads.CSV_UTF8) &#64;ResponseType(String.class)
 * public Response hoursCsv(...) {
 *     return CsvDownloads.attachment("volunteer-hours-" + code + ".csv", bytes);
 * }
 * </pre>
 * Excel reads a CSV without a byte order mark as GBK: the document carries the BOM and the answer says UTF-8.
 */
public final class CsvDownloads {

    /** The media type of a CSV download, for {@code @Produces} and the answer. */
    public static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private CsvDownloads() {
    }

    /** 200 with the CSV bytes, {@link #CSV_UTF8} and {@code Content-Disposition: attachment} under the file name. */
    public static Response attachment(String fileName, byte[] csv) {
        return Response.ok(csv, CSV_UTF8).header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .build();
    }

    /**
     * {@code attachment; filename="report-2026.csv"} for a plain ASCII name (letters, digits, {@code . _ -}); any
     * other name (Chinese, spaces, quotes) as RFC 6266 says: an ASCII fallback with {@code _} for each other
     * character and the UTF-8 name in {@code filename*}, so no name can break the header.
     */
    public static String contentDisposition(String fileName) {
        if (PLAIN_NAME.matcher(fileName).matches()) {
            return "attachment; filename=\"" + fileName + "\"";
        }
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
