package dev.thicket.app.editor.layout;

import dev.thicket.app.editor.layout.CanvasLayout.Box;
import dev.thicket.app.editor.layout.CanvasLayout.Edge;
import java.util.Arrays;
import java.util.List;

/**
 * Which cards and edges of a layout reach into a part of the world: a uniform grid of square
 * cells, each listing (in ascending order) the cards whose rectangle and the edges whose lines
 * pass through it. Built with the layout, off the UI thread, so that painting and hit-testing a
 * large tree cost what is in sight rather than the tree's size. An edge is listed in the cells
 * its drawn lines cross (the elbow's three segments, or the straight line of a further parent
 * edge), so a long edge costs its length in cells, not its bounding box. Cards and edges lie
 * in the world, from (0, 0) to (width, height).
 */
final class SightIndex {
  /** World units per cell side, doubled until the grid has at most {@link #MAX_CELLS} cells. */
  private static final double FIRST_CELL = 1024;
  private static final long MAX_CELLS = 1L << 22;

  private final double cell;
  private final double width;
  private final double height;
  private final int columns;
  private final int rows;
  private final Cells cards;
  private final Cells lines;

  SightIndex(List<Box> boxes, List<Edge> edges, double width, double height) {
    double side = FIRST_CELL;
    while (Math.ceil(width / side) * Math.ceil(height / side) > MAX_CELLS) {
      side *= 2;
    }
    cell = side;
    this.width = width;
    this.height = height;
    columns = Math.max(1, (int) Math.ceil(width / side));
    rows = Math.max(1, (int) Math.ceil(height / side));
    Listing placed = new Listing(boxes.size() * 2);
    for (int item = 0; item < boxes.size(); item++) {
      Box box = boxes.get(item);
      placed.item = item;
      rectangle(box.x(), box.y(), box.x() + box.width(), box.bottom(), placed);
    }
    cards = new Cells(columns * rows, placed);
    placed = new Listing(edges.size() * 4);
    for (int item = 0; item < edges.size(); item++) {
      Edge edge = edges.get(item);
      placed.item = item;
      if (edge.from() != null && edge.to() != null) {
        edge(edge, placed);
      }
    }
    lines = new Cells(columns * rows, placed);
  }

  /** World units per cell side. */
  double cellSide() {
    return cell;
  }

  /** The indices (ascending, each once) of the cards reaching into the rectangle. */
  int[] cardsIn(double minX, double minY, double maxX, double maxY) {
    return cards.in(cellsOfRectangle(minX, minY, maxX, maxY));
  }

  /** The indices (ascending, each once) of the edges whose lines may cross the rectangle. */
  int[] edgesIn(double minX, double minY, double maxX, double maxY) {
    return lines.in(cellsOfRectangle(minX, minY, maxX, maxY));
  }

  /** The indices (ascending) of the cards listed in the cell holding the point. */
  int[] cardsNear(double x, double y) {
    return cards.of(column(x) + row(y) * columns);
  }

  /** The cells meeting the rectangle; none when it is off the world (cards lie inside it). */
  private int[] cellsOfRectangle(double minX, double minY, double maxX, double maxY) {
    Listing found = new Listing(64);
    if (maxX >= 0 && minX <= width && maxY >= 0 && minY <= height) {
      rectangle(minX, minY, maxX, maxY, found);
    }
    return found.cells.toArray();
  }

  /** Lists the cells meeting the rectangle between two corners (in any order), row by row. */
  private void rectangle(double x0, double y0, double x1, double y1, Listing into) {
    int lastColumn = column(Math.max(x0, x1));
    int lastRow = row(Math.max(y0, y1));
    for (int r = row(Math.min(y0, y1)); r <= lastRow; r++) {
      for (int c = column(Math.min(x0, x1)); c <= lastColumn; c++) {
        into.add(c + r * columns);
      }
    }
  }

  /**
   * Lists the cells of the lines {@code EdgePainter} draws for the edge: an elbow (down from the
   * parent, across towards the child, down to it: consecutive parts share their corner cell,
   * which is listed once) or a further parent edge's straight line.
   */
  private void edge(Edge edge, Listing into) {
    Box from = edge.from();
    Box to = edge.to();
    if (!edge.spanning()) {
      segment(from.centreX(), from.bottom(), to.centreX(), to.y(), into);
      return;
    }
    double middle = from.bottom() + CanvasLayout.LEVEL_GAP / 2;
    int across = row(middle);
    int down = column(from.centreX());
    int last = column(to.centreX());
    rectangle(from.centreX(), from.bottom(), from.centreX(), middle, into);
    for (int c = down; c != last; c += down < last ? 1 : -1) { // the last: where it goes down
      into.add(c + across * columns);
    }
    rectangle(to.centreX(), middle, to.centreX(), to.y(), into);
  }

  /** Lists the cells a straight segment crosses: per column, the rows of its part there. */
  private void segment(double x0, double y0, double x1, double y1, Listing into) {
    if (x1 < x0) {
      segment(x1, y1, x0, y0, into);
      return;
    }
    int first = column(x0);
    int last = column(x1);
    for (int c = first; c <= last; c++) {
      double left = Math.max(x0, c * cell);
      double right = Math.min(x1, (c + 1) * cell);
      double yLeft = x1 == x0 ? y0 : y0 + (y1 - y0) * (left - x0) / (x1 - x0);
      double yRight = x1 == x0 ? y1 : y0 + (y1 - y0) * (right - x0) / (x1 - x0);
      int top = row(Math.min(yLeft, yRight));
      int bottom = row(Math.max(yLeft, yRight));
      for (int r = top; r <= bottom; r++) {
        into.add(c + r * columns);
      }
    }
  }

  private int column(double x) {
    return (int) Math.max(0, Math.min(columns - 1, Math.floor(x / cell)));
  }

  private int row(double y) {
    return (int) Math.max(0, Math.min(rows - 1, Math.floor(y / cell)));
  }

  /**
   * (cell, item) pairs in the order they are listed: the items ascending, a cell listed right
   * again for the same item dropped.
   */
  private static final class Listing {
    final IntBuffer cells;
    final IntBuffer items;
    int item;

    Listing(int capacity) {
      cells = new IntBuffer(capacity);
      items = new IntBuffer(capacity);
    }

    void add(int cell) {
      int last = cells.size - 1;
      if (last < 0 || items.values[last] != item || cells.values[last] != cell) {
        cells.add(cell);
        items.add(item);
      }
    }
  }

  /**
   * Items per cell, compressed: the items of cell {@code c} are {@code items[start[c] ..
   * start[c + 1])}, ascending (a counting sort of the listing by cell keeps the item order).
   */
  private static final class Cells {
    private final int[] start;
    private final int[] items;

    Cells(int cellCount, Listing listing) {
      start = new int[cellCount + 1];
      int pairs = listing.cells.size;
      int[] cellOf = listing.cells.values;
      for (int i = 0; i < pairs; i++) {
        start[cellOf[i] + 1]++;
      }
      for (int c = 0; c < cellCount; c++) {
        start[c + 1] += start[c];
      }
      items = new int[pairs];
      int[] next = Arrays.copyOf(start, cellCount);
      for (int i = 0; i < pairs; i++) {
        items[next[cellOf[i]]++] = listing.items.values[i];
      }
    }

    int[] of(int cell) {
      return Arrays.copyOfRange(items, start[cell], start[cell + 1]);
    }

    /** The items of the cells, ascending, each once. */
    int[] in(int[] cells) {
      IntBuffer found = new IntBuffer(64);
      for (int c : cells) {
        for (int i = start[c]; i < start[c + 1]; i++) {
          found.add(items[i]);
        }
      }
      int[] all = found.toArray();
      Arrays.sort(all);
      int distinct = 0;
      for (int i = 0; i < all.length; i++) {
        if (i == 0 || all[i] != all[i - 1]) {
          all[distinct++] = all[i];
        }
      }
      return Arrays.copyOf(all, distinct);
    }
  }

  /** A growable list of ints. */
  private static final class IntBuffer {
    int[] values;
    int size;

    IntBuffer(int capacity) {
      values = new int[Math.max(16, capacity)];
    }

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
