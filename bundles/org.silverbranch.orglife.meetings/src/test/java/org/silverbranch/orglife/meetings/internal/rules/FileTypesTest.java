package org.silverbranch.orglife.meetings.internal.rules;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.Test;

/** Attachment types recognised from the content, not the name. */
public class FileTypesTest {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    /** A ZIP package with these entries, each holding a little XML. */
    public static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    @Test
    public void recognisesEachAllowedType() {
        assertEquals(Optional.of(FileTypes.PDF), FileTypes.sniff(PDF));
        assertEquals(Optional.of(FileTypes.PNG), FileTypes.sniff(PNG));
        assertEquals(Optional.of(FileTypes.JPEG), FileTypes.sniff(JPEG));
        assertEquals(Optional.of(FileTypes.DOCX), FileTypes.sniff(docx()));
        assertEquals(Optional.of(FileTypes.XLSX),
                FileTypes.sniff(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")));
    }

    @Test
    public void refusesOtherContentWhateverItIsCalled() {
        assertTrue(FileTypes.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(FileTypes.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());   // a program
        assertTrue(FileTypes.sniff(new byte[] {'%', 'P'}).isEmpty());
        assertTrue(FileTypes.sniff(new byte[0]).isEmpty());
    }

    @Test
    public void refusesZipsThatAreNotOfficeDocumentsAndDocumentsWithMacros() {
        assertTrue(FileTypes.sniff(zip("readme.txt")).isEmpty());
        assertTrue(FileTypes.sniff(zip("word/document.xml")).isEmpty());   // no [Content_Types].xml
        assertTrue(FileTypes.sniff(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")).isEmpty());
        byte[] broken = docx();
        assertTrue(FileTypes.sniff(java.util.Arrays.copyOf(broken, broken.length - 10)).isEmpty());
    }

    @Test
    public void theNameMustFitTheContent() {
        assertTrue(FileTypes.PDF.matchesName("会议记录.PDF"));
        assertTrue(FileTypes.JPEG.matchesName("合影.jpeg"));
        assertFalse(FileTypes.PDF.matchesName("会议记录.pdf.exe"));
    }

    @Test
    public void aDeclaredTypeMustAgreeUnlessItSaysNothing() {
        assertTrue(FileTypes.agrees(null, FileTypes.PDF));
        assertTrue(FileTypes.agrees("application/octet-stream", FileTypes.PDF));
        assertTrue(FileTypes.agrees("Application/PDF; name=x", FileTypes.PDF));
        assertFalse(FileTypes.agrees("text/html", FileTypes.PDF));
        assertFalse(FileTypes.agrees("image/png", FileTypes.JPEG));
    }
}
