package org.cogov.shared.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for a {@link PdfDocument}: a header row and rows of text cells, in columns whose widths are given
 * relative to each other and fill the page's width. Cells wrap; a row too tall for the rest of a page is split
 * across pages, and the header row is repeated at the top of every page the table reaches.
 *
 * <pre>{@code
 * Table scores = Table.withColumns(new Column("专家", 2), new Column("得分", 1, Alignment.RIGHT))
 *         .row("专家甲", "87.00")
 *         .row("专家乙", "85.50");
 * }</pre>
 */
public final class Table {

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    public static Table withColumns(Column... columns) {
        return new Table(Arrays.asList(columns));
    }

    public static Table withColumns(List<Column> columns) {
        return new Table(columns);
    }

    /** Adds a row, one cell per column in the columns' order. */
    public Table row(String... cells) {
        return row(Arrays.asList(cells));
    }

    /** Adds a row, one cell per column in the columns' order. */
    public Table row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "A row of this table has " + columns.size() + " cells, not " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /**
     * A column: its header, its width relative to the other columns' (2 against 1 is twice as wide), and how
     * its cells are aligned (figures read best aligned right).
     */
    public record Column(String header, float width, Alignment alignment) {

        public Column {
            if (!(width > 0) || Float.isInfinite(width)) {
                throw new IllegalArgumentException("A column's relative width is a positive number, not " + width);
            }
        }

        public Column(String header, float width) {
            this(header, width, Alignment.LEFT);
        }
    }

    public enum Alignment {
        LEFT, CENTER, RIGHT
    }
}
