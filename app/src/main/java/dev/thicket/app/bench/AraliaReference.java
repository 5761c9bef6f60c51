package dev.thicket.app.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference values shipped beside the Aralia benchmark: {@code expected.tsv} (external
 * sources) and {@code helper_crosscheck.tsv} (an independent cross-check). A row's key names the
 * model's files joined by {@code +}, optionally followed by {@code [limit-order k]}.
 */
public final class AraliaReference {
  private static final Pattern KEY =
      Pattern.compile("([^\\[]+?)\\s*(?:\\[limit-order (\\d+)[^\\]]*\\])?");

  /** One model to analyse and what the references say about it. */
  public record Row(String key, List<Path> files, int limitOrder, String expectedCount,
      String expectedProbability, String crossCheckCount, String crossCheckProbability) {}

  private AraliaReference() {}

  /** Every row of expected.tsv whose files exist, then every other *.xml of the folder. */
  public static List<Row> rows(Path dir, int defaultLimitOrder) throws IOException {
    Map<String, String[]> crossCheck = new HashMap<>();
    Path crossFile = dir.resolve("helper_crosscheck.tsv");
    if (Files.exists(crossFile)) {
      for (String[] cells : cells(crossFile)) {
        crossCheck.put(cells[0], cells);
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    Path expectedFile = dir.resolve("expected.tsv");
    if (Files.exists(expectedFile)) {
      for (String[] cells : cells(expectedFile)) {
        Matcher key = KEY.matcher(cells[0]);
        if (!key.matches()) {
          continue;
        }
        List<Path> files = files(dir, key.group(1));
        if (files.isEmpty() || cells[0].contains("zbdd")) {
          continue;
        }
        int limit = key.group(2) != null ? Integer.parseInt(key.group(2)) : defaultLimitOrder;
        String[] cross = key.group(2) == null ? crossCheck.get(key.group(1)) : null;
        rows.put(cells[0], new Row(cells[0], files, limit, cell(cells, 3), cell(cells, 4),
            cross == null ? "" : crossCheckCount(cross, limit), cross == null ? ""
                : cell(cross, 6)));
      }
    }
    try (var listing = Files.list(dir)) {
      for (Path file : listing.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        String name = file.getFileName().toString();
        rows.putIfAbsent(name, new Row(name, List.of(file), defaultLimitOrder, "", "", "", ""));
      }
    }
    return new ArrayList<>(rows.values());
  }

  /** The cross-check counts all sets (column 1) and those of order ≤ 20 (column 2). */
  private static String crossCheckCount(String[] cross, int limit) {
    return limit == 0 ? cell(cross, 1) : limit == 20 ? cell(cross, 2) : "";
  }

  /**
   * Whether {@code actual} equals the reference as printed: the reference's significant digits
   * decide the precision ({@code 8.20E+10} matches 81,990,000,000 but not 81,928,696,832).
   * Empty reference: {@code null} (nothing to compare).
   */
  public static Boolean matches(String reference, BigDecimal actual) {
    return matches(reference, actual, 0);
  }

  /** As {@link #matches(String, BigDecimal)}, also accepting a relative difference up to {@code
   * tolerance}. */
  public static Boolean matches(String reference, BigDecimal actual, double tolerance) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    BigDecimal expected = new BigDecimal(reference.trim());
    MathContext digits = new MathContext(expected.precision());
    if (actual.round(digits).compareTo(expected.round(digits)) == 0) {
      return true;
    }
    double relative = Math.abs(actual.doubleValue() / expected.doubleValue() - 1);
    return relative <= tolerance;
  }

  private static List<Path> files(Path dir, String names) {
    List<Path> files = new ArrayList<>();
    String[] parts = names.trim().split("\\+");
    Path folder = dir.resolve(parts[0]).getParent();
    for (int i = 0; i < parts.length; i++) {
      Path file = i == 0 ? dir.resolve(parts[0]) : folder.resolve(parts[i]);
      if (!Files.isRegularFile(file)) {
        return List.of();
      }
      files.add(file);
    }
    // A structure file alone: its probabilities are in the companion file, when there is one.
    String first = files.get(0).getFileName().toString();
    Path companion = folder.resolve(first.replace(".xml", "-basic-events.xml"));
    if (files.size() == 1 && Files.isRegularFile(companion)) {
      files.add(companion);
    }
    return files;
  }

  private static List<String[]> cells(Path tsv) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv)) {
      if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("tree\t")) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }

  private static String cell(String[] cells, int index) {
    return index < cells.length ? cells[index].trim() : "";
  }
}
