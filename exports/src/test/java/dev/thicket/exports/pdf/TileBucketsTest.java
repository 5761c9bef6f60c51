package dev.thicket.exports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every item a tile's viewport shows is in that tile's bucket, in the order added. */
class TileBucketsTest {
  private record Item(double x, double y, double width, double height) {}

  @Test
  void noTileLosesAnItemItShows() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      int columns = 1 + random.nextInt(8);
      int rows = 1 + random.nextInt(5);
      double scale = 0.6 + 0.4 * random.nextDouble();
      double width = 400 + random.nextInt(400);
      double height = 300 + random.nextInt(500);
      double tileWidth = width / scale;
      double tileHeight = height / scale;
      List<Item> items = new ArrayList<>();
      TileBuckets buckets = new TileBuckets(columns, rows, tileWidth, tileHeight);
      for (int i = 0; i < 60; i++) {
        Item item = randomItem(random, columns * tileWidth, rows * tileHeight, tileWidth,
            tileHeight);
        items.add(item);
        buckets.add(i, item.x(), item.y(), item.width(), item.height());
      }
      int shownAnywhere = 0;
      for (int row = 0; row < rows; row++) {
        for (int column = 0; column < columns; column++) {
          PdfDiagram.Viewport view = new PdfDiagram.Viewport(scale, column * width / scale,
              row * height / scale, 36, 800, width, height);
          int[] bucket = buckets.items(column, row);
          assertThat(bucket).isSorted();
          for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (view.shows(item.x(), item.y(), item.width(), item.height())) {
              shownAnywhere++;
              assertThat(Arrays.binarySearch(bucket, i)).as("round %d item %d tile %d,%d",
                  round, i, column, row).isNotNegative();
            }
          }
        }
      }
      assertThat(shownAnywhere).isPositive();
    }
  }

  /** Items inside, across and outside the grid, some of no width on a tile edge. */
  private static Item randomItem(Random random, double gridWidth, double gridHeight,
      double tileWidth, double tileHeight) {
    double x = -100 + random.nextDouble() * (gridWidth + 200);
    double y = -100 + random.nextDouble() * (gridHeight + 200);
    double width = random.nextInt(4) == 0 ? 0 : random.nextDouble() * tileWidth * 2;
    double height = random.nextInt(4) == 0 ? 0 : random.nextDouble() * tileHeight;
    if (random.nextInt(5) == 0) {
      x = tileWidth * random.nextInt(4);
    }
    if (random.nextInt(5) == 0) {
      y = tileHeight * random.nextInt(3);
    }
    return new Item(x, y, width, height);
  }
}
