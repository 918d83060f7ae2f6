package org.cogov.shared.pdf;

import java.util.List;

/** What a {@link PdfDocument} holds, in order, until it is typeset. */
sealed interface Block {

    record Heading(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record KeyValue(String key, String value) implements Block {
    }

    /** A snapshot of a {@link Table}: rows added to the table afterwards do not reach the document. */
    record TableBlock(List<Table.Column> columns, List<List<String>> rows) implements Block {
    }
}
