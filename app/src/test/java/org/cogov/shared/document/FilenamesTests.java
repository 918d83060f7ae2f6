package org.cogov.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilenamesTests {

    @Test
    void aClientPathIsReducedToItsLastSegment() {
        assertThat(Filenames.clean("C:\\Users\\zhao\\Desktop\\投标文件.pdf")).isEqualTo("投标文件.pdf");
        assertThat(Filenames.clean("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void aRightToLeftOverrideCannotDisguiseAnExtension() {
        assertThat(Filenames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(Filenames.clean("a\r\nb\u0000c.txt")).isEqualTo("abc.txt");
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertThat(Filenames.clean("Re\u0301sume\u0301.pdf")).isEqualTo("Résumé.pdf");
    }

    @Test
    void aLongNameIsCutToTheColumn() {
        assertThat(Filenames.clean("x".repeat(400) + ".pdf")).hasSize(Filenames.MAX_LENGTH);
    }

    @Test
    void aNameWithNothingLeftBecomesDocument() {
        assertThat(Filenames.clean("")).isEqualTo(Filenames.FALLBACK);
        assertThat(Filenames.clean("folder/")).isEqualTo(Filenames.FALLBACK);
        assertThat(Filenames.clean(" .. ")).isEqualTo(Filenames.FALLBACK);
    }

    @Test
    void anAttachmentNamesTheFileInAsciiAndInUtf8() {
        assertThat(Filenames.contentDisposition("2026 采购\"计划\"%.pdf")).isEqualTo("attachment; "
                + "filename=\"2026 _______.pdf\"; filename*=UTF-8''2026%20%E9%87%87%E8%B4%AD%22%E8%AE%A1%E5%88%92%22%25.pdf");
    }

    @Test
    void aPlainAsciiNameIsSentAsItIs() {
        assertThat(Filenames.contentDisposition("minutes_2026-03.odt"))
                .isEqualTo("attachment; filename=\"minutes_2026-03.odt\"; filename*=UTF-8''minutes_2026-03.odt");
    }
}
