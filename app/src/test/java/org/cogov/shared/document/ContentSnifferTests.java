package org.cogov.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ContentSnifferTests {

    private static Detection detect(byte[] bytes, String filename) throws IOException {
        ContentSniffer sniffer = new ContentSniffer();
        sniffer.update(bytes, 0, bytes.length);
        return sniffer.detect(filename, Bytes.stored(bytes));
    }

    private static Detection detect(byte[] bytes) throws IOException {
        return detect(bytes, "upload");
    }

    private static Detection allowed(String mediaType) {
        return new Detection.Allowed(mediaType);
    }

    private static Detection refused(String reason) {
        return new Detection.Refused(reason);
    }

    @Test
    void pdfIsKnownByItsMagicWhateverItsName() throws IOException {
        assertThat(detect(Bytes.pdf(2000, 1), "photo.png")).isEqualTo(allowed(ContentSniffer.PDF));
    }

    @Test
    void pngIsKnownByItsSignature() throws IOException {
        byte[] png = Bytes.filler(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 500, 2);
        assertThat(detect(png, "scan.pdf")).isEqualTo(allowed(ContentSniffer.PNG));
    }

    @Test
    void jpegIsKnownByItsStartOfImage() throws IOException {
        byte[] jpeg = Bytes.filler(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 500, 3);
        assertThat(detect(jpeg)).isEqualTo(allowed(ContentSniffer.JPEG));
    }

    @Test
    void anArchiveWithContentTypesAndAWordPartIsADocx() throws IOException {
        assertThat(detect(Bytes.docx(), "report.zip")).isEqualTo(allowed(ContentSniffer.DOCX));
    }

    @Test
    void workbooksAndPresentationsAreKnownByTheirMainFolder() throws IOException {
        assertThat(detect(Bytes.zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")))
                .isEqualTo(allowed(ContentSniffer.XLSX));
        assertThat(detect(Bytes.zip("_rels/.rels", "ppt/presentation.xml", "[Content_Types].xml")))
                .isEqualTo(allowed(ContentSniffer.PPTX));
    }

    @Test
    void openDocumentIsNamedByItsMimetypeEntry() throws IOException {
        byte[] odt = Bytes.openDocument("application/vnd.oasis.opendocument.text", "content.xml", "META-INF/manifest.xml");
        assertThat(detect(odt, "minutes.docx")).isEqualTo(allowed("application/vnd.oasis.opendocument.text"));
    }

    @Test
    void openDocumentOfATypeOffTheListIsRefused() throws IOException {
        byte[] odb = Bytes.openDocument("application/vnd.oasis.opendocument.base", "content.xml");
        assertThat(detect(odb)).isEqualTo(refused(ContentSniffer.ARCHIVE));
    }

    @Test
    void anArchiveThatIsNoOfficeDocumentIsRefused() throws IOException {
        assertThat(detect(Bytes.zip("META-INF/MANIFEST.MF", "Main.class"), "thesis.docx"))
                .isEqualTo(refused(ContentSniffer.ARCHIVE));
    }

    @Test
    void aPackageWithContentTypesButNoOfficePartIsRefused() throws IOException {
        assertThat(detect(Bytes.zip("[Content_Types].xml", "_rels/.rels", "lib/net8.0/Tool.dll")))
                .isEqualTo(refused(ContentSniffer.ARCHIVE));
    }

    @Test
    void aMacroEnabledWorkbookIsRefused() throws IOException {
        assertThat(detect(Bytes.zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin"), "budget.xlsx"))
                .isEqualTo(refused(ContentSniffer.MACROS));
    }

    @Test
    void anOpenDocumentWithBasicMacrosIsRefused() throws IOException {
        byte[] ods = Bytes.openDocument("application/vnd.oasis.opendocument.spreadsheet", "content.xml",
                "Basic/Standard/Module1.xml");
        assertThat(detect(ods)).isEqualTo(refused(ContentSniffer.MACROS));
    }

    @Test
    void anArchiveWhoseDirectoryIsDamagedIsRefused() throws IOException {
        byte[] docx = Bytes.docx();
        byte[] truncated = Arrays.copyOf(docx, docx.length - 30);
        assertThat(detect(truncated)).isEqualTo(refused(ContentSniffer.REFUSED));
    }

    @Test
    void anArchiveWithAZip64DirectoryIsRead() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.closeEntry();
            // More than 65 534 entries make java.util.zip write the ZIP64 end records.
            for (int i = 0; i < 65_536; i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/s" + i + ".xml"));
                zip.closeEntry();
            }
        }
        assertThat(detect(out.toByteArray())).isEqualTo(allowed(ContentSniffer.XLSX));
    }

    @Test
    void utf8TextIsPlainTextAndCsvByItsName() throws IOException {
        byte[] text = "名称,金额\n行业统计,120000.00\n".getBytes(StandardCharsets.UTF_8);
        assertThat(detect(text, "budget.CSV")).isEqualTo(allowed(ContentSniffer.CSV));
        assertThat(detect(text, "budget.txt")).isEqualTo(allowed(ContentSniffer.TEXT));
    }

    @Test
    void textInALegacyEncodingIsRefusedAsNotUtf8() throws IOException {
        byte[] gbk = "名称,金额\n行业统计,120000.00\n".getBytes(Charset.forName("GBK"));
        assertThat(detect(gbk, "budget.csv")).isEqualTo(refused(ContentSniffer.NOT_UTF8));
    }

    @Test
    void anExecutableIsRefusedAsSoonAsItsFirstBytesArrive() {
        ContentSniffer sniffer = new ContentSniffer();
        byte[] elf = Bytes.elfExecutable();
        sniffer.update(elf, 0, 1024);
        assertThat(sniffer.refusedEarly()).contains(new Detection.Refused(ContentSniffer.REFUSED));
    }

    @Test
    void aFileThatMayStillBeAllowedIsNotRefusedEarly() {
        ContentSniffer sniffer = new ContentSniffer();
        byte[] pdf = Bytes.pdf(4096, 4);
        sniffer.update(pdf, 0, pdf.length);
        assertThat(sniffer.refusedEarly()).isEmpty();
    }

    @Test
    void anExecutableNamedLikeAPdfIsRefused() throws IOException {
        assertThat(detect(Bytes.elfExecutable(), "invoice.pdf")).isEqualTo(refused(ContentSniffer.REFUSED));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThat(detect(new byte[0], "empty.txt")).isEqualTo(refused(ContentSniffer.EMPTY));
    }

    @Test
    void bytesFedInPiecesAreJudgedAsAWhole() throws IOException {
        byte[] docx = Bytes.docx();
        ContentSniffer sniffer = new ContentSniffer();
        for (int i = 0; i < docx.length; i += 7) {
            sniffer.update(docx, i, Math.min(7, docx.length - i));
        }
        assertThat(sniffer.detect("x", Bytes.stored(docx))).isEqualTo(allowed(ContentSniffer.DOCX));
    }
}
