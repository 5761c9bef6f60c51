package dev.thicket.exports;

import dev.thicket.model.analysis.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The paths a report prints for a scenario. A step shared by many gates can reach the goal along
 * dozens of paths (edf9202's e44: 31, most through 25 gates), which no reader follows: past
 * {@link #PRINTED_WHOLE} paths, one path to each leaf (the shortest listed) and how many more
 * there are.
 */
public final class ScenarioPaths {
  /** Every path is printed while there are at most this many. */
  public static final int PRINTED_WHOLE = 4;

  private ScenarioPaths() {}

  /** The paths to print, in the scenario's order. */
  public static List<List<String>> printed(Scenario scenario) {
    if (scenario.pathCount() <= PRINTED_WHOLE) {
      return scenario.paths();
    }
    Map<String, List<String>> shortest = new HashMap<>(); // by leaf
    for (List<String> path : scenario.paths()) {
      List<String> listed = shortest.get(path.get(path.size() - 1));
      if (listed == null || path.size() < listed.size()) {
        shortest.put(path.get(path.size() - 1), path);
      }
    }
    List<List<String>> printed = new ArrayList<>();
    for (List<String> path : scenario.paths()) { // in the scenario's order, no lambda to link
      if (shortest.remove(path.get(path.size() - 1), path)) {
        printed.add(path);
      }
    }
    return printed;
  }

  /** "and N more paths" for the paths {@link #printed} leaves out, or "" when none. */
  public static String rest(Scenario scenario) {
    return rest(scenario, printed(scenario));
  }

  /** As {@link #rest(Scenario)}, with the paths {@link #printed} gave for the scenario. */
  public static String rest(Scenario scenario, List<List<String>> printed) {
    if (scenario.pathCount() == Long.MAX_VALUE) { // saturated: at least that many
      return "and over 9.2 × 10^18 more paths";
    }
    long more = scenario.pathCount() - printed.size();
    return more <= 0 ? "" : "and " + more + " more path" + (more == 1 ? "" : "s");
  }

  /** The printed paths, nodes joined by {@code arrow}, paths and the rest by "; ". */
  public static String joined(Scenario scenario, String arrow) {
    List<String> parts = new ArrayList<>();
    List<List<String>> printed = printed(scenario);
    printed.forEach(path -> parts.add(String.join(arrow, path)));
    String rest = rest(scenario, printed);
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return String.join("; ", parts);
  }
}
