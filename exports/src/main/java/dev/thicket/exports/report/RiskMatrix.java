package dev.thicket.exports.report;

import dev.thicket.model.analysis.Scenario;
import dev.thicket.model.tree.Scales;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The listed scenarios placed on a likelihood × impact grid whose rows and columns are the levels
 * of the tree's scales. A value belongs to the level nearest to it: level i of a scale sorted by
 * value covers [midpoint(v[i-1], v[i]), midpoint(v[i], v[i+1])), the first level reaching down to
 * 0 and the last one up without bound. A scenario's likelihood is its probability in the report's
 * mode; its impact is the root's (in {@code attacktree/v1} only the root has an impact, so every
 * scenario lands in the same column).
 *
 * @param likelihood the likelihood levels, lowest first
 * @param impact the impact levels, lowest first
 * @param cells the non-empty cells
 */
public record RiskMatrix(List<Level> likelihood, List<Level> impact, List<Cell> cells) {

  /** A level of a scale and the values it takes in. */
  public record Level(String name, double value, double lower, double upper) {
    boolean contains(double x) {
      return x >= lower && x < upper;
    }
  }

  /** The scenarios (1-based ranks in the listing) in one cell. */
  public record Cell(int likelihood, int impact, List<Integer> ranks) {
    public Cell {
      ranks = List.copyOf(ranks);
    }
  }

  public RiskMatrix {
    likelihood = List.copyOf(likelihood);
    impact = List.copyOf(impact);
    cells = List.copyOf(cells);
  }

  /** The matrix of {@code scenarios} (in listing order) with the root impact {@code impact}. */
  public static RiskMatrix of(Scales scales, List<Scenario> scenarios, double impact) {
    List<Level> rows = levels(scales.likelihood());
    List<Level> columns = levels(scales.impact());
    int column = indexOf(columns, impact);
    List<List<Integer>> ranks = new ArrayList<>();
    rows.forEach(row -> ranks.add(new ArrayList<>()));
    for (int i = 0; i < scenarios.size(); i++) {
      ranks.get(indexOf(rows, scenarios.get(i).probability())).add(i + 1);
    }
    List<Cell> cells = new ArrayList<>();
    for (int row = 0; row < rows.size(); row++) {
      if (!ranks.get(row).isEmpty()) {
        cells.add(new Cell(row, column, ranks.get(row)));
      }
    }
    return new RiskMatrix(rows, columns, cells);
  }

  /** The ranks in the cell at ({@code likelihoodIndex}, {@code impactIndex}); empty if none. */
  public List<Integer> ranks(int likelihoodIndex, int impactIndex) {
    return cells.stream()
        .filter(cell -> cell.likelihood() == likelihoodIndex && cell.impact() == impactIndex)
        .findFirst().map(Cell::ranks).orElse(List.of());
  }

  private static List<Level> levels(Map<String, Double> scale) {
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(scale.entrySet());
    sorted.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
    List<Level> levels = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      double value = sorted.get(i).getValue();
      double lower = i == 0 ? Double.NEGATIVE_INFINITY
          : (sorted.get(i - 1).getValue() + value) / 2;
      double upper = i == sorted.size() - 1 ? Double.POSITIVE_INFINITY
          : (value + sorted.get(i + 1).getValue()) / 2;
      levels.add(new Level(sorted.get(i).getKey(), value, lower, upper));
    }
    return levels;
  }

  private static int indexOf(List<Level> levels, double value) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).contains(value)) {
        return i;
      }
    }
    return levels.size() - 1;
  }
}
