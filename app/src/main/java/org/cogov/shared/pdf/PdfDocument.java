package org.cogov.shared.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A document written as PDF: a title, then headings, paragraphs, key–value lines and tables in the order they
 * are added, on A4 pages with a footer that gives the generation time and "第 n 页 共 m 页" (or "Page n of m").
 * Chinese, Latin and digits mix freely in any text; the font travels inside the PDF, so it renders on a machine
 * without Chinese fonts. A character the font lacks is shown as {@code □}.
 *
 * <pre>{@code
 * new PdfDocument("评审报告", Locale.SIMPLIFIED_CHINESE, generatedAt)
 *         .keyValue("项目编号", "LJ-2025-017")
 *         .heading("评审结果")
 *         .paragraph("评标委员会按照招标文件规定的评标方法和标准……")
 *         .table(scores)
 *         .writeTo(out);
 * }</pre>
 *
 * The document reads no clock: the caller passes the generation time, shown in its zone. A document that must read
 * the same whenever it is generated (a contract) names itself in the footer instead, by {@link #footerReference}; its
 * generation time then only stamps the file's properties. It is built by one thread, then written as often as wanted.
 */
public final class PdfDocument {

    private final String title;
    private final Locale language;
    private final ZonedDateTime generatedAt;
    private final List<Block> blocks = new ArrayList<>();
    private @Nullable String footerReference;

    /**
     * @param title       shown at the top of the first page and in the file's properties
     * @param language    the document's language: Chinese ({@code zh}) gives a Chinese footer, any other English
     * @param generatedAt when the document was generated, shown in the footer in this time's zone
     */
    public PdfDocument(String title, Locale language, ZonedDateTime generatedAt) {
        this.title = title;
        this.language = language;
        this.generatedAt = generatedAt;
    }

    /** A section heading, in bold. */
    public PdfDocument heading(String text) {
        blocks.add(new Block.Heading(text));
        return this;
    }

    /** A paragraph wrapped to the page's width; a {@code \n} in the text starts a new line. */
    public PdfDocument paragraph(String text) {
        blocks.add(new Block.Paragraph(text));
        return this;
    }

    /** A line that names a fact and gives its value; consecutive lines align their values in one column. */
    public PdfDocument keyValue(String key, String value) {
        blocks.add(new Block.KeyValue(key, value));
        return this;
    }

    /** The table as it is now: rows added to it later are not in this document. */
    public PdfDocument table(Table table) {
        blocks.add(new Block.TableBlock(table.columns(), table.rows()));
        return this;
    }

    /**
     * Names the document on every page's footer in place of the generation time, such as "合同编号 …": the pages then read
     * the same whenever the document is generated.
     */
    public PdfDocument footerReference(String reference) {
        this.footerReference = reference;
        return this;
    }

    /** Writes the PDF to the stream, page by page, and leaves the stream open for the caller to close. */
    public void writeTo(OutputStream out) throws IOException {
        new Typesetting(title, language, generatedAt, footerReference).write(blocks, out);
    }

    public String title() {
        return title;
    }

    public Locale language() {
        return language;
    }

    public ZonedDateTime generatedAt() {
        return generatedAt;
    }
}
