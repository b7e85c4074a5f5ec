package org.silverbranch.orglife.meetings.internal.rules;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The attachment types allowed (PDF, JPEG, PNG, DOCX, XLSX), recognised by their content, not by the name a client
 * gives: a PDF starts with {@code %PDF-}, a JPEG with FF D8 FF, a PNG with its 8-byte signature; DOCX and XLSX are ZIP
 * packages holding {@code [Content_Types].xml} and {@code word/document.xml} or {@code xl/workbook.xml}. Packages
 * with macros ({@code vbaProject.bin}) are refused. Only the ZIP's central directory is read, nothing is inflated,
 * so a ZIP bomb costs nothing.
 */
public final class FileTypes {

    /** One allowed type: its media type and the file name extensions that go with it. */
    public record FileType(String mediaType, List<String> extensions) {

        public boolean matchesName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
        }
    }

    public static final FileType PDF = new FileType("application/pdf", List.of("pdf"));
    public static final FileType JPEG = new FileType("image/jpeg", List.of("jpg", "jpeg"));
    public static final FileType PNG = new FileType("image/png", List.of("png"));
    public static final FileType DOCX = new FileType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));
    public static final FileType XLSX = new FileType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));
    public static final List<FileType> ALLOWED = List.of(PDF, JPEG, PNG, DOCX, XLSX);

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Enough entries for any real document; a package with more is refused rather than read on and on. */
    private static final int MAX_ZIP_ENTRIES = 5000;

    private FileTypes() {
    }

    /** The allowed type the content is, or empty. */
    public static Optional<FileType> sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officePackage(content);
        }
        return Optional.empty();
    }

    /** The media type part of a Content-Type header, lower case, without parameters; null for none. */
    public static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a declared Content-Type agrees with the recognised type: the same media type, or one saying nothing
     * about the content (none, application/octet-stream), which browsers send for unknown extensions.
     */
    public static boolean agrees(String declared, FileType actual) {
        String media = mediaType(declared);
        return media == null || media.equals("application/octet-stream") || media.equals(actual.mediaType())
                || (actual == JPEG && media.equals("image/jpg"));
    }

    private static Optional<FileType> officePackage(byte[] content) {
        Set<String> names = zipEntryNames(content);
        if (names == null || !names.contains("[Content_Types].xml")
                || names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"))) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /**
     * The entry names from the ZIP's central directory (APPNOTE 4.3.12, 4.3.16), read directly: nothing is
     * inflated. Null when the directory is missing or broken.
     */
    static Set<String> zipEntryNames(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
            if (u32(zip, i) == 0x06054b50L) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int entries = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        if (entries > MAX_ZIP_ENTRIES || offset >= end) {
            return null;
        }
        Set<String> names = new HashSet<>();
        int at = (int) offset;
        for (int i = 0; i < entries; i++) {
            if (at + 46 > end || u32(zip, at) != 0x02014b50L) {
                return null;
            }
            int nameLength = u16(zip, at + 28);
            int next = at + 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
            if (next > end) {
                return null;
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at = next;
        }
        return names;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
