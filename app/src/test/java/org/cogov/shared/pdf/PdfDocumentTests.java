package org.cogov.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.cogov.shared.pdf.Table.Alignment;
import org.cogov.shared.pdf.Table.Column;
import org.junit.jupiter.api.Test;

class PdfDocumentTests {

    private static final ZonedDateTime GENERATED = ZonedDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    private static final String CHINESE = "评标委员会按照招标文件规定的评标方法和标准，对符合性审查合格的投标文件进行商务和技术评估。";
    private static final String MIXED = "第1包：价格权重30%，评标基准价为96,000元（CNY），采用Order 87公式。";
    private static final String ENGLISH = "The panel scored every compliant bid independently before the totals were compiled.";

    @Test
    void chineseEnglishAndMixedTextReadBackAsWritten() throws IOException {
        byte[] pdf = write(report().paragraph(CHINESE).paragraph(MIXED).paragraph(ENGLISH));

        String text = withoutWhitespace(textOf(pdf));
        assertThat(text).contains("评审报告", withoutWhitespace(CHINESE), withoutWhitespace(MIXED),
                withoutWhitespace(ENGLISH));
    }

    @Test
    void headingsAndKeyValueLinesAreInTheDocument() throws IOException {
        byte[] pdf = write(report().keyValue("项目编号", "LJ-2025-017").keyValue("采购方式", "公开招标")
                .heading("一、评审结果").paragraph(CHINESE));

        String text = textOf(pdf);
        assertThat(text).contains("项目编号", "LJ-2025-017", "采购方式", "公开招标", "一、评审结果");
    }

    @Test
    void aLongChineseParagraphWrapsWithinThePageWithoutLosingACharacter() throws IOException {
        String longChinese = CHINESE.repeat(6);
        byte[] pdf = write(report().paragraph(longChinese));

        String text = textOf(pdf);
        assertThat(linesContainingChinese(text)).hasSizeGreaterThan(4);
        assertThat(withoutWhitespace(text)).contains(withoutWhitespace(longChinese));
    }

    @Test
    void latinTextWrapsBetweenWordsOnly() throws IOException {
        String longEnglish = (ENGLISH + " ").repeat(8).trim();
        byte[] pdf = write(new PdfDocument("Evaluation report", Locale.ENGLISH, GENERATED).paragraph(longEnglish));

        Set<String> words = new HashSet<>(Arrays.asList(longEnglish.split(" ")));
        List<String> lines = textOf(pdf).lines().filter(line -> line.contains("panel") || line.contains("scored")
                || line.contains("compliant") || line.contains("compiled")).toList();
        assertThat(lines).hasSizeGreaterThan(3);
        for (String line : lines) {
            assertThat(words).containsAll(Arrays.asList(line.trim().split("\\s+")));
        }
    }

    @Test
    void aWordLongerThanTheLineIsCutRatherThanLost() throws IOException {
        String digest = "2420e8078af796b19a3f6ef13de527a1a91c1e7171eea115926c614ced1009b3".repeat(3);
        byte[] pdf = write(report().paragraph("摘要 " + digest));

        assertThat(withoutWhitespace(textOf(pdf))).contains(digest);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float rightMargin = document.getPage(0).getMediaBox().getWidth() - 25 / 25.4f * 72;
            assertThat(rightmostGlyphEdge(document)).isLessThanOrEqualTo(rightMargin + 1);
        }
    }

    @Test
    void emptyTextsAreWrittenAsEmptyLinesAndCells() throws IOException {
        byte[] pdf = write(report().heading("").paragraph("").keyValue("异议", "")
                .table(Table.withColumns(new Column("专家", 1), new Column("意见", 2)).row("专家甲", "")));

        assertThat(textOf(pdf)).contains("异议", "专家甲");
    }

    @Test
    void documentsWrittenAtTheSameTimeEachKeepTheirOwnText() throws Exception {
        List<Callable<String>> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String bidder = "第" + i + "号投标人";
            writers.add(() -> textOf(write(report().paragraph(bidder + CHINESE).table(scores(60)))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = pool.invokeAll(writers);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(withoutWhitespace(texts.get(i).get())).contains("第" + i + "号投标人" + CHINESE);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderOnEveryPage() throws IOException {
        byte[] pdf = write(report().table(scores(120)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(textOf(document, page)).contains("投标人", "技术得分", "价格得分");
            }
        }
        assertThat(textOf(pdf)).contains("第120号投标人");
    }

    @Test
    void aRowTallerThanWhatIsLeftOfThePageContinuesOnTheNext() throws IOException {
        String longCell = CHINESE.repeat(40);
        byte[] pdf = write(report().paragraph(CHINESE)
                .table(Table.withColumns(new Column("评审意见", 3), new Column("专家", 1)).row(longCell, "专家甲")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(textOf(document, 1)).contains("专家甲");
            // The header row again, then the rest of the cell: every sentence of it is somewhere in the document.
            assertThat(withoutWhitespace(textOf(document, 2))).startsWith("评审意见专家").contains("技术评估。");
        }
        assertThat(withoutWhitespace(textOf(pdf)).split("技术评估。", -1)).hasSize(1 + 40 + 1);
    }

    @Test
    void everyPageOfAChineseDocumentSaysWhichPageOfHowMany() throws IOException {
        byte[] pdf = write(report().table(scores(120)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                assertThat(textOf(document, page)).contains("第 " + page + " 页 共 " + pages + " 页");
            }
        }
    }

    @Test
    void everyPageOfAnEnglishDocumentSaysPageNOfM() throws IOException {
        Table table = Table.withColumns(new Column("Bidder", 3), new Column("Total", 1, Alignment.RIGHT));
        for (int i = 1; i <= 120; i++) {
            table.row("Bidder " + i, "87.83");
        }
        byte[] pdf = write(new PdfDocument("Evaluation report", Locale.ENGLISH, GENERATED).table(table));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                assertThat(textOf(document, page)).contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void theFooterShowsTheGenerationTimeGivenByTheCaller() throws IOException {
        byte[] pdf = write(report().paragraph(CHINESE));

        assertThat(textOf(pdf)).contains("生成时间 2025-03-14 09:30 +08:00");
    }

    @Test
    void aDocumentWithAReferenceNamesItOnEveryPageInsteadOfTheGenerationTime() throws IOException {
        byte[] pdf = write(report().footerReference("合同编号 0b8c7f5e-1d2a-4c3b-9e8f-7a6b5c4d3e2f").table(scores(120)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                assertThat(textOf(document, page)).contains("合同编号 0b8c7f5e-1d2a-4c3b-9e8f-7a6b5c4d3e2f", "第 " + page + " 页 共 " + pages + " 页")
                        .doesNotContain("生成时间");
            }
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetAndAFewPagesStaySmall() throws IOException {
        byte[] pdf = write(report().keyValue("项目编号", "LJ-2025-017").heading("一、评审结果")
                .paragraph(CHINESE.repeat(5)).paragraph(MIXED).paragraph(ENGLISH).table(scores(120)));

        assertThat(pdf.length).isLessThan(200 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            List<PDFont> fonts = fontsOf(document.getPage(0));
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            });
        }
    }

    @Test
    void aCharacterTheFontLacksIsShownAsAPlaceholderAndTheRestIsWritten() throws IOException {
        // U+20000 is an ideograph of CJK extension B, outside the font; the emoji is outside it too.
        byte[] pdf = write(report().paragraph("生僻字\uD840\uDC00之后继续，表情\uD83D\uDE00也不中断。"));

        assertThat(withoutWhitespace(textOf(pdf))).contains("生僻字□之后继续，表情□也不中断。");
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        ClosingWatch out = new ClosingWatch();

        assertThatNoException().isThrownBy(() -> report().paragraph(CHINESE).writeTo(out));
        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        Table table = Table.withColumns(new Column("投标人", 2), new Column("得分", 1));

        assertThatThrownBy(() -> table.row("只有一格")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsAddedToATableAfterItJoinedTheDocumentAreNotInIt() throws IOException {
        Table table = Table.withColumns(new Column("投标人", 2), new Column("得分", 1)).row("甲协会", "87.00");
        PdfDocument document = report().table(table);
        table.row("乙协会", "76.00");

        assertThat(textOf(write(document))).contains("甲协会").doesNotContain("乙协会");
    }

    private static PdfDocument report() {
        return new PdfDocument("评审报告", Locale.SIMPLIFIED_CHINESE, GENERATED);
    }

    private static Table scores(int bidders) {
        Table table = Table.withColumns(new Column("投标人", 3), new Column("技术得分", 1, Alignment.RIGHT),
                new Column("价格得分", 1, Alignment.RIGHT), new Column("总分", 1, Alignment.RIGHT));
        for (int i = 1; i <= bidders; i++) {
            table.row("第" + i + "号投标人（Industry Association No. " + i + "）", "70.00", "28.80", "98.80");
        }
        return table;
    }

    private static byte[] write(PdfDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.writeTo(out);
        return out.toByteArray();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String textOf(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static float rightmostGlyphEdge(PDDocument document) throws IOException {
        float[] rightmost = { 0 };
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition position : positions) {
                    rightmost[0] = Math.max(rightmost[0], position.getXDirAdj() + position.getWidthDirAdj());
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(document);
        return rightmost[0];
    }

    private static List<PDFont> fontsOf(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    private static List<String> linesContainingChinese(String text) {
        return text.lines().filter(line -> line.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).toList();
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static final class ClosingWatch extends FilterOutputStream {

        boolean closed;

        ClosingWatch() {
            super(new ByteArrayOutputStream());
        }

        int size() {
            return ((ByteArrayOutputStream) out).size();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
