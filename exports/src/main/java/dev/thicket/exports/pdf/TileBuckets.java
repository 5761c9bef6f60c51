package dev.thicket.exports.pdf;

import java.util.Arrays;

/**
 * Which items may show in each tile of a tiled diagram, found once for all tiles: each item goes
 * into the buckets of the tiles its bounds reach, widened by one tile on each side so that
 * rounding at a tile's edge never loses it; the tile's own exact test still decides. A tile then
 * looks at its own items, in the order they were added, instead of at the whole diagram's (a
 * root with 50,000 leaves made 4,490 tiles look at 150,000 items each).
 */
final class TileBuckets {
  private final int columns;
  private final int rows;
  private final double tileWidth;
  private final double tileHeight;
  private final int[][] items;
  private final int[] counts;

  /** A grid of {@code columns} × {@code rows} tiles of the given size, in diagram units. */
  TileBuckets(int columns, int rows, double tileWidth, double tileHeight) {
    this.columns = columns;
    this.rows = rows;
    this.tileWidth = tileWidth;
    this.tileHeight = tileHeight;
    items = new int[columns * rows][];
    counts = new int[columns * rows];
  }

  /** Adds {@code item}, whose bounds are the rectangle at ({@code x}, {@code y}). */
  void add(int item, double x, double y, double width, double height) {
    int firstColumn = index(x, tileWidth, columns) - 1;
    int lastColumn = index(x + width, tileWidth, columns) + 1;
    int firstRow = index(y, tileHeight, rows) - 1;
    int lastRow = index(y + height, tileHeight, rows) + 1;
    for (int row = Math.max(0, firstRow); row <= Math.min(rows - 1, lastRow); row++) {
      for (int column = Math.max(0, firstColumn); column <= Math.min(columns - 1, lastColumn);
          column++) {
        int tile = row * columns + column;
        if (items[tile] == null) {
          items[tile] = new int[4];
        } else if (counts[tile] == items[tile].length) {
          items[tile] = Arrays.copyOf(items[tile], counts[tile] * 2);
        }
        items[tile][counts[tile]++] = item;
      }
    }
  }

  /** The items that may show in the tile, in the order they were added. */
  int[] items(int column, int row) {
    int tile = row * columns + column;
    return items[tile] == null ? new int[0] : Arrays.copyOf(items[tile], counts[tile]);
  }

  /** The tile of {@code position} along one axis, clamped to the grid (and NaN to its start). */
  private static int index(double position, double size, int count) {
    double tile = Math.floor(position / size);
    return tile >= count ? count : tile > -1 ? (int) tile : -1;
  }
}
