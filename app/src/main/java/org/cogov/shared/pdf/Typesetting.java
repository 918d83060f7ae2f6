package org.cogov.shared.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Lays a {@link PdfDocument}'s blocks out with OpenPDF: A4, 25 mm margins, text at 10.5 pt (五号, the size of
 * Chinese official documents) with a line height of 1.5. Headings and the title are in a synthetic bold (the
 * font has one weight; OpenPDF strokes the outline as well as filling it).
 */
final class Typesetting {

    private static final float MARGIN = 25 / 25.4f * 72;
    private static final float BODY_SIZE = 10.5f;
    private static final float TABLE_SIZE = 9f;
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEADER_SHADE = new Color(0xEE, 0xEE, 0xEE);

    private final String title;
    private final Locale language;
    private final ZonedDateTime generatedAt;
    private final @Nullable String footerReference;
    private final Font body = font(BODY_SIZE, Font.NORMAL);
    private final Font bodyBold = font(BODY_SIZE, Font.BOLD);
    private final Font cell = font(TABLE_SIZE, Font.NORMAL);
    private final Font cellBold = font(TABLE_SIZE, Font.BOLD);

    Typesetting(String title, Locale language, ZonedDateTime generatedAt, @Nullable String footerReference) {
        this.title = title;
        this.language = language;
        this.generatedAt = generatedAt;
        this.footerReference = footerReference;
    }

    void write(List<Block> blocks, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setFullCompression();
            writer.setPageEvent(new PageFooter(FooterWording.of(language), generatedAt, footerReference, font(8, Font.NORMAL), RULE));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
            document.addTitle(ShippedFont.printable(title));
            document.addCreator("cogov");
            document.open();
            // OpenPDF stamps the file with the system clock; the caller's generation time replaces it.
            PdfDate created = new PdfDate(GregorianCalendar.from(generatedAt));
            writer.getInfo().put(PdfName.CREATIONDATE, created);
            writer.getInfo().put(PdfName.MODDATE, created);
            document.add(title());
            List<Block.KeyValue> facts = new ArrayList<>();
            for (Block block : blocks) {
                if (block instanceof Block.KeyValue fact) {
                    facts.add(fact);
                    continue;
                }
                if (!facts.isEmpty()) {
                    document.add(facts(facts));
                    facts.clear();
                }
                document.add(element(block));
            }
            if (!facts.isEmpty()) {
                document.add(facts(facts));
            }
            document.close();
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the stream's IOException in an unchecked one; give the caller the real one back.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private Element element(Block block) {
        if (block instanceof Block.Heading heading) {
            return heading(heading.text());
        } else if (block instanceof Block.Paragraph paragraph) {
            return paragraph(paragraph.text());
        } else if (block instanceof Block.TableBlock table) {
            return table(table);
        }
        throw new IllegalArgumentException("Facts are set together in one table, not one by one");
    }

    private Paragraph title() {
        Paragraph paragraph = new Paragraph(text(title, font(18, Font.BOLD)));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(0, 1.4f);
        paragraph.setSpacingAfter(12);
        return paragraph;
    }

    private Paragraph heading(String text) {
        Paragraph paragraph = new Paragraph(text(text, font(13, Font.BOLD)));
        paragraph.setLeading(0, 1.4f);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text(text, body));
        paragraph.setLeading(0, 1.5f);
        // Ranged left, not justified: a line that mixes Chinese with a few Latin words has few spaces, and
        // justifying it opens gaps (or, by OpenPDF's default, spaces out letters). Chinese lines still end
        // within a character of the margin.
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    /** Key–value lines as a borderless table, so that long values wrap under themselves, not under the key. */
    private PdfPTable facts(List<Block.KeyValue> facts) {
        PdfPTable table = new PdfPTable(new float[] { 1, 3 });
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        for (Block.KeyValue fact : facts) {
            table.addCell(borderless(text(fact.key(), bodyBold)));
            table.addCell(borderless(text(fact.value(), body)));
        }
        return table;
    }

    private PdfPCell borderless(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        cell.setPaddingLeft(0);
        cell.setLeading(0, 1.4f);
        return cell;
    }

    private PdfPTable table(Block.TableBlock block) {
        float[] widths = new float[block.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = block.columns().get(i).width();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        // A row taller than what is left of the page is split there, rather than pushed whole to the next page,
        // where it might not fit either.
        table.setSplitLate(false);
        table.setSplitRows(true);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (Table.Column column : block.columns()) {
            PdfPCell header = bordered(text(column.header(), cellBold), column.alignment());
            header.setBackgroundColor(HEADER_SHADE);
            table.addCell(header);
        }
        for (List<String> row : block.rows()) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(bordered(text(row.get(i), cell), block.columns().get(i).alignment()));
            }
        }
        return table;
    }

    private PdfPCell bordered(Phrase phrase, Table.Alignment alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setLeading(0, 1.35f);
        cell.setHorizontalAlignment(switch (alignment) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        });
        return cell;
    }

    /** Every text goes through here: only characters the font has, and Chinese-aware line breaks. */
    static Phrase text(String text, Font font) {
        Chunk chunk = new Chunk(ShippedFont.printable(text), font);
        chunk.setSplitCharacter(LineBreaks.CHINESE_AND_LATIN);
        return new Phrase(chunk);
    }

    static Font font(float size, int style) {
        return new Font(ShippedFont.face(), size, style);
    }
}
