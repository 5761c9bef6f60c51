package dev.thicket.exports.pdf;

import dev.thicket.exports.fonts.ReportFont;
import dev.thicket.exports.fonts.TextWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A table drawn at the cursor: wrapped cells, rows kept whole, and the header row repeated at
 * the top of every page the table continues on. A line break in a cell starts a new line; a cell
 * holds at most {@link #MAX_LINES} lines.
 */
final class PdfTable {
  static final int MAX_LINES = 40;
  private static final float PAD = 3;

  /** A column: its header (no header row when all are empty), its share of the width, and
   * whether numbers align right. */
  record Column(String header, float share, boolean right) {}

  private final List<Column> columns;
  private final float size;
  private final float leading;

  PdfTable(List<Column> columns, float size) {
    this.columns = List.copyOf(columns);
    this.size = size;
    this.leading = size * 1.25f;
  }

  /**
   * Draws {@code rows}; {@code fill} gives a background colour for row i, or {@code null}.
   */
  void draw(PdfPages pages, List<List<String>> rows, IntFunction<String> fill) {
    float[] widths = widths(pages.width());
    List<List<String>> header = wrap(columns.stream().map(Column::header).toList(), widths,
        ReportFont.BOLD);
    boolean hasHeader = columns.stream().anyMatch(column -> !column.header().isEmpty());
    float headerHeight = hasHeader ? height(header) : 0;
    if (!rows.isEmpty()) {
      pages.ensure(headerHeight + height(wrap(rows.get(0), widths, ReportFont.REGULAR)));
    }
    if (hasHeader) {
      row(pages, header, widths, headerHeight, "#e6e6e6", ReportFont.BOLD);
    }
    for (int i = 0; i < rows.size(); i++) {
      List<List<String>> cells = wrap(rows.get(i), widths, ReportFont.REGULAR);
      float height = height(cells);
      if (pages.y() - height < pages.bottom()) {
        pages.newPage(false);
        if (hasHeader) {
          row(pages, header, widths, headerHeight, "#e6e6e6", ReportFont.BOLD);
        }
      }
      String background = fill.apply(i);
      row(pages, cells, widths, height, background != null ? background
          : i % 2 == 1 ? "#f5f5f5" : null, ReportFont.REGULAR);
    }
    pages.moveDown(size);
  }

  private void row(PdfPages pages, List<List<String>> cells, float[] widths, float height,
      String background, ReportFont font) {
    float x = pages.left();
    float top = pages.y();
    try {
      if (background != null) {
        pages.fill(background);
        pages.content().addRect(x, top - height, pages.width(), height);
        pages.content().fill();
      }
      pages.fill("#000000");
      for (int column = 0; column < cells.size(); column++) {
        float baseline = top - PAD - size;
        for (String line : cells.get(column)) {
          float lineX = columns.get(column).right()
              ? x + widths[column] - PAD - font.width(line, size) : x + PAD;
          pages.text(line, font, size, lineX, baseline);
          baseline -= leading;
        }
        x += widths[column];
      }
      pages.stroke("#bbbbbb", 0.4f);
      pages.content().moveTo(pages.left(), top - height);
      pages.content().lineTo(pages.left() + pages.width(), top - height);
      pages.content().stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pages.moveDown(height);
  }

  private float[] widths(float total) {
    float shares = 0;
    for (Column column : columns) {
      shares += column.share();
    }
    float[] widths = new float[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = total * columns.get(i).share() / shares;
    }
    return widths;
  }

  private List<List<String>> wrap(List<String> cells, float[] widths, ReportFont font) {
    List<List<String>> wrapped = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      List<String> lines = new ArrayList<>();
      for (String part : cells.get(i).split("\n")) {
        lines.addAll(TextWrapper.wrap(part, font, size, widths[i] - 2 * PAD, MAX_LINES));
      }
      wrapped.add(lines.size() > MAX_LINES ? lines.subList(0, MAX_LINES) : lines);
    }
    return wrapped;
  }

  private float height(List<List<String>> cells) {
    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
    return lines * leading + 2 * PAD + 1;
  }
}
