package dev.thicket.app.bench;

import dev.thicket.app.cli.Converters;
import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.VersionProvider;
import dev.thicket.app.bench.AraliaReference;
import dev.thicket.model.analysis.AnalysisCancelledException;
import dev.thicket.model.analysis.AnalysisOptions;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.AnalysisTooLargeException;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.analysis.SmallCutSets;
import dev.thicket.model.analysis.TreeAnalysis;
import dev.thicket.model.io.TreeFileException;
import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AnalysisSettings;
import dev.thicket.model.tree.AttackTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code thicket bench aralia DIR}: every tree of the Aralia fault-tree benchmark (Open-PSA MEF),
 * analysed exactly, side by side with the reference values shipped with it.
 */
@Command(
    name = "aralia",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Analyse every tree of the Aralia benchmark folder (Open-PSA MEF files, expected.tsv, "
          + "helper_crosscheck.tsv): exact top probability and the number of minimal cut sets "
          + "up to --limit-order, then the importance of every node; time, peak heap, and "
          + "whether each number matches the references (to the digits they print).",
      "Targets: each tree under 10 s, all under 5 minutes."
    })
final class BenchAraliaCommand implements Callable<Integer> {
  private static final String FORMAT = "%-44s %5s %15s %-3s %13s %-3s %8s %6s %8s %8s%n";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The benchmark folder (e.g. ../shared/benchmarks/aralia).")
  Path dir;

  @Option(names = "--limit-order", paramLabel = "N", defaultValue = "20",
      converter = Converters.OrderConverter.class,
      description = "Count cut sets of at most N events, as SCRAM does by default "
          + "(default: ${DEFAULT-VALUE}; 0 for all).")
  int limitOrder;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up on a tree after this long (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--importance",
      description = "Also time the importance of every node (a second run per tree).")
  boolean importance;

  @Option(names = "--cross-check",
      description = "Also check every row by methods independent of the diagrams: the top "
          + "probability simulated on 10^7 outcomes (99.9 %% interval) and the cut sets of "
          + "order 1 to 3 by set algebra. Rows without reference values are always checked.")
  boolean crossCheck;

  @Option(names = "--only", paramLabel = "NAME,...", split = ",",
      description = "Only the rows whose key contains one of these names.")
  List<String> only;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<AraliaReference.Row> rows = AraliaReference.rows(dir, limitOrder);
    out.printf(FORMAT, "tree", "limit", "cut sets", "ok", "P(top)", "ok", "P+MCS s", "CPU s",
        importance ? "+imp. s" : "", "heap MB");
    long runHeapPeak = 0;
    long solvedHeapPeak = 0;
    int compared = 0;
    int matched = 0;
    int crossChecked = 0;
    int crossAgreed = 0;
    double totalSeconds = 0;
    for (AraliaReference.Row row : rows) {
      if (only != null && only.stream().noneMatch(row.key()::contains)) {
        continue;
      }
      Outcome outcome = run(row);
      totalSeconds += outcome.seconds;
      String countOk = verdict(row.expectedCount(), row.crossCheckCount(), outcome.count);
      if (countOk.equals("X") && outcome.total != null
          && Boolean.TRUE.equals(AraliaReference.matches(row.expectedCount(), outcome.total))
          && !Boolean.FALSE.equals(AraliaReference.matches(row.crossCheckCount(), outcome.count))) {
        countOk = "=t";
      }
      String probabilityOk =
          verdict(row.expectedProbability(), row.crossCheckProbability(), outcome.probability);
      for (String verdict : List.of(countOk, probabilityOk)) {
        if (verdict.startsWith("=")) {
          compared++;
          matched++;
        } else if (verdict.startsWith("X")) {
          compared++;
        }
      }
      out.printf(FORMAT, shorten(row.key()), row.limitOrder() == 0 ? "-" : row.limitOrder(),
          outcome.countText(), countOk, outcome.probabilityText(), probabilityOk,
          seconds(outcome.seconds), seconds(outcome.cpuSeconds),
          importance ? importanceSeconds(row) : "", outcome.heapMegabytes());
      if (crossCheck || (row.expectedProbability().isBlank()
          && row.crossCheckProbability().isBlank())) {
        int[] tally = crossCheck(row, outcome, out);
        crossChecked += tally[0];
        crossAgreed += tally[1];
      }
      runHeapPeak = Math.max(runHeapPeak, outcome.heapBytes);
      if (outcome.failure == null) {
        solvedHeapPeak = Math.max(solvedHeapPeak, outcome.heapBytes);
      }
      out.flush();
    }
    out.printf("%nPeak heap: %d MB over the solved rows, %d MB over every row (of at most %d MB)."
        + " CPU s: the process's CPU time for the row (every thread: analysis, JIT, garbage "
        + "collector).%n", solvedHeapPeak / (1024 * 1024), runHeapPeak / (1024 * 1024),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    out.printf("%n%d of %d reference values matched; %.1f s in all. ok: '=' matches "
        + "expected.tsv to its printed digits (and the cross-check when it has a value), '=~' "
        + "within 1e-4 relative of expected.tsv and to the cross-check's digits, '=t' expected.tsv "
        + "matches the count of ALL cut sets (and the cross-check the limited one), '~' only "
        + "the cross-check has a value and matches, 'X' differs, '-' nothing to compare.%n", matched, compared, totalSeconds);
    if (importance) {
      out.printf("+imp. s 't/o N%%': the importance had computed N %% of its values when the "
          + "timeout struck.%n");
    }
    if (crossChecked > 0) {
      out.printf("%d of %d checks by independent methods agreed with the engine (the "
          + "simulation's interval holds its probability; set algebra finds its cut sets of "
          + "order 1 to 3).%n", crossAgreed, crossChecked);
    }
    out.flush();
    return compared == matched && crossChecked == crossAgreed ? ExitCodes.OK
        : ExitCodes.INVALID_TREE;
  }

  /** A row's result; {@code tree} is the tree read (null when unreadable), for cross-checks. */
  private record Outcome(AttackTree tree, BigDecimal count, BigDecimal total,
      BigDecimal probability, List<BigInteger> orders, double seconds, double cpuSeconds,
      long heapBytes, String failure) {
    String countText() {
      return failure != null ? failure : String.format(Locale.ROOT, "%,d", count.toBigInteger());
    }

    String probabilityText() {
      return probability == null ? "" : String.format(Locale.ROOT, "%.6e", probability);
    }

    String heapMegabytes() {
      return String.valueOf(heapBytes / (1024 * 1024));
    }
  }

  /** Load, exact probability and cut sets (as SCRAM computes them), within the timeout. */
  private Outcome run(AraliaReference.Row row) {
    HeapPeak.reset();
    long start = System.nanoTime();
    long cpuStart = ProcessCpu.nanos();
    AttackTree tree;
    try {
      tree = TreeFiles.read(row.files());
    } catch (TreeFileException e) {
      return failed(null, start, cpuStart, "unreadable: " + e.problems().get(0).message());
    }
    try {
      AnalysisResult result = TreeAnalysis.run(tree, options(row).withoutNodeImportance(),
          Deadline.after(start, timeoutSeconds));
      return new Outcome(tree, new BigDecimal(result.cutSets().count()),
          new BigDecimal(result.cutSets().total()),
          BigDecimal.valueOf(result.probability().get(Mode.INHERENT)),
          result.cutSets().orderDistribution(), (System.nanoTime() - start) / 1e9,
          (ProcessCpu.nanos() - cpuStart) / 1e9, HeapPeak.used(), null);
    } catch (AnalysisCancelledException e) {
      return failed(tree, start, cpuStart, "timeout");
    } catch (AnalysisTooLargeException e) {
      return failed(tree, start, cpuStart, "out of memory");
    }
  }

  /**
   * Prints the row's cross-checks (docs/analysis.md, "Cross-checks") under it; answers how many
   * could compare with the engine and how many agreed.
   */
  private static int[] crossCheck(AraliaReference.Row row, Outcome outcome, PrintWriter out) {
    if (outcome.tree == null) {
      return new int[2];
    }
    boolean ordersComplete = row.limitOrder() == 0
        || row.limitOrder() >= SmallCutSets.MAX_ORDER;
    AraliaCrossCheck.Result result = AraliaCrossCheck.of(outcome.tree,
        outcome.probability == null ? null : outcome.probability.doubleValue(),
        ordersComplete ? outcome.orders : null);
    out.println(result.text());
    return result.tally();
  }

  /**
   * The whole analysis again, importance of every node included; at the timeout, how much of
   * the importance was done ("t/o 37.5%") if it had started.
   */
  private String importanceSeconds(AraliaReference.Row row) {
    long start = System.nanoTime();
    ImportanceReach reach = new ImportanceReach(start, timeoutSeconds);
    try {
      TreeAnalysis.run(TreeFiles.read(row.files()), options(row), reach);
      return seconds((System.nanoTime() - start) / 1e9);
    } catch (TreeFileException e) {
      return "-";
    } catch (AnalysisCancelledException e) {
      double done = reach.done();
      return Double.isNaN(done) ? "timeout"
          : String.format(java.util.Locale.ROOT, "t/o %.1f%%", 100 * done);
    } catch (AnalysisTooLargeException e) {
      return "memory";
    }
  }

  private static AnalysisOptions options(AraliaReference.Row row) {
    return new AnalysisOptions(Mode.INHERENT, 1, AnalysisSettings.NONE, row.limitOrder(), 0);
  }


  private static Outcome failed(AttackTree tree, long start, long cpuStart, String why) {
    return new Outcome(tree, null, null, null, null, (System.nanoTime() - start) / 1e9,
        (ProcessCpu.nanos() - cpuStart) / 1e9, HeapPeak.used(), why);
  }

  /**
   * "=" the external reference (and the cross-check) agree to their printed digits; "=~" the
   * external one only within 1e-4 relative (SCRAM's tests compare with a tolerance) while the
   * cross-check agrees to its digits; "~" only the cross-check has a value and agrees; "X" a
   * value differs; "-" nothing to compare.
   */
  private static String verdict(String expected, String crossCheck, BigDecimal actual) {
    if (actual == null) {
      return expected.isBlank() && crossCheck.isBlank() ? "-" : "X";
    }
    Boolean external = AraliaReference.matches(expected, actual);
    Boolean cross = AraliaReference.matches(crossCheck, actual);
    if (Boolean.FALSE.equals(cross)) {
      return "X";
    }
    if (Boolean.FALSE.equals(external)) {
      return Boolean.TRUE.equals(cross) && AraliaReference.matches(expected, actual, 1e-4)
          ? "=~" : "X";
    }
    return external != null ? "=" : cross != null ? "~" : "-";
  }

  private static String seconds(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String shorten(String key) {
    return key.replace("scram-xfta-probabilities/", "scram/").replace("-basic-events.xml", "-be");
  }
}
