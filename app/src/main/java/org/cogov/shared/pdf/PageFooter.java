package org.cogov.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every page's footer: a rule, the generation time (or the document's reference, when it has one) on the left and "第 n 页 共 m 页" on the right. Pages are
 * written as they fill, before the page count is known, so each page holds a placeholder (a form XObject)
 * for its number that is drawn when the document closes.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float RULE_ABOVE_BASELINE = 11;
    private static final float DESCENT = 3;

    private final FooterWording wording;
    private final ZonedDateTime generatedAt;
    private final @Nullable String reference;
    private final Font font;
    private final Color rule;
    private final List<PdfTemplate> pageNumbers = new ArrayList<>();

    PageFooter(FooterWording wording, ZonedDateTime generatedAt, @Nullable String reference, Font font, Color rule) {
        this.wording = wording;
        this.generatedAt = generatedAt;
        this.reference = reference;
        this.font = font;
        this.rule = rule;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float baseline = document.bottom() / 2;
        canvas.saveState();
        canvas.setColorStroke(rule);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), baseline + RULE_ABOVE_BASELINE);
        canvas.lineTo(document.right(), baseline + RULE_ABOVE_BASELINE);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                Typesetting.text(reference != null ? reference : wording.generated(generatedAt), font), document.left(), baseline, 0);
        float width = (document.right() - document.left()) / 2;
        PdfTemplate pageNumber = canvas.createTemplate(width, font.getSize() + DESCENT);
        canvas.addTemplate(pageNumber, document.right() - width, baseline - DESCENT);
        pageNumbers.add(pageNumber);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int count = pageNumbers.size();
        for (int i = 0; i < count; i++) {
            PdfTemplate pageNumber = pageNumbers.get(i);
            ColumnText.showTextAligned(pageNumber, Element.ALIGN_RIGHT,
                    Typesetting.text(wording.page(i + 1, count), font), pageNumber.getWidth(), DESCENT, 0);
        }
    }
}
