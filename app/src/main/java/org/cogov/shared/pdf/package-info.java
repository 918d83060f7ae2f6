/**
 * PDF documents that render Chinese anywhere: {@link org.cogov.shared.pdf.PdfDocument} holds a title,
 * headings, paragraphs, key–value lines and {@link org.cogov.shared.pdf.Table tables}, and streams them as A4
 * pages to an {@link java.io.OutputStream}, for reports, award letters and contracts.
 *
 * <ul>
 * <li><b>Font.</b> One TrueType CJK font ships in the jar ({@code fonts/wqy-microhei.ttc}, WenQuanYi Micro Hei,
 * Apache 2.0): GB 2312 and GBK ideographs, Latin, digits and Chinese punctuation. Each PDF embeds a subset of
 * the glyphs it uses, so a few pages weigh tens of kilobytes and open on a machine with no Chinese font.
 * Headings and the title are in a synthetic bold (the font has one weight). A character the font lacks (an
 * ideograph outside the BMP, an emoji) is shown as {@code □} and the writing goes on.</li>
 * <li><b>Lines.</b> Paragraphs and cells wrap to their width: between any two Chinese characters, at spaces in
 * Latin text, never before closing or after opening punctuation; a word longer than the line is cut.</li>
 * <li><b>Tables.</b> Columns of relative widths filling the page, a shaded header row repeated on every page,
 * rows split across pages when they do not fit.</li>
 * <li><b>Footer.</b> The generation time passed in by the caller (nothing here reads a clock), or instead the
 * document's reference for a document that must read the same whenever it is generated, and
 * "第 n 页 共 m 页" for a Chinese document, "Page n of m" for any other.</li>
 * </ul>
 *
 * Library: OpenPDF (2.0.5, the last line on Java 17), which writes pages as they fill rather than holding the
 * document. The module that generates a document stores it through {@code shared.document}.
 */
@NamedInterface("pdf")
@NullMarked
package org.cogov.shared.pdf;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
