package dev.thicket.app.cli;

import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.AnalysisMonitor;
import dev.thicket.model.analysis.AnalysisResult;
import dev.thicket.model.analysis.ImportanceShare;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Tells the user of {@code analyze} or {@code report}, on standard error, when the importance of
 * every node is still running some seconds after the rest of the analysis was done: the goal's
 * probability, and what the importance is for or how to skip it; then, every half minute, how
 * far it has got. A large fault tree's importance can take minutes (das9701's hours), and a
 * command that prints nothing for that long looks hung.
 */
final class SlowImportanceNotice implements AutoCloseable {
  /** How long the importance runs before the notice, in ms; the property is for tests. */
  static final long DELAY_MILLIS = Long.getLong("thicket.importanceNoticeMillis", 5_000);
  /** How often, after the notice, the share done is told, in ms; the property is for tests. */
  static final long PROGRESS_MILLIS = Long.getLong("thicket.importanceProgressMillis", 30_000);

  private final PrintWriter err;
  private final String command;
  private final String advice;
  private Timer timer;
  /** The last result handed over before the importance ended: exact but for the importance. */
  private AnalysisResult beforeImportance;
  private final ImportanceShare share = new ImportanceShare();
  private long startNanos;

  /**
   * @param command the command's name ("analyze")
   * @param advice what the user can do or should know ("--no-importance skips it")
   */
  SlowImportanceNotice(PrintWriter err, String command, String advice) {
    this.err = err;
    this.command = command;
    this.advice = advice;
  }

  /** The monitor of an analysis whose importance this notice is about. */
  AnalysisMonitor monitor() {
    AnalysisMonitor progress = new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {
        share.see(stage, fraction);
      }

      @Override
      public boolean cancelled() {
        return false;
      }
    };
    return AnalysisMonitor.handingOver(progress, this::importanceStarts);
  }

  private synchronized void importanceStarts(AnalysisResult result) {
    beforeImportance = result;
    if (timer != null) {
      return; // a later hand-over of the same run: the notice is set already
    }
    startNanos = System.nanoTime();
    timer = new Timer("thicket-importance-notice", true);
    String goal = "P(goal) " + Decimals.of(result.probability().get(result.mode())) + " ("
        + result.mode().keyword() + ")";
    timer.schedule(new TimerTask() {
      @Override
      public void run() {
        err.println("thicket " + command + ": " + goal + " and the scenarios are computed; "
            + "the importance of every node is taking long (" + advice + ")");
        err.flush();
      }
    }, DELAY_MILLIS);
    timer.scheduleAtFixedRate(new TimerTask() {
      @Override
      public void run() {
        double done = share.done();
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        if (!Double.isNaN(done)) {
          err.println(String.format(Locale.ROOT, "thicket %s: the importance is %.1f %% done "
              + "after %d s%s", command, 100 * done, seconds, left(done, seconds)));
          err.flush();
        }
      }
    }, DELAY_MILLIS + PROGRESS_MILLIS, PROGRESS_MILLIS);
  }

  /** "; at this pace about 2 h more", from the share done so far; empty below 0.1 %. */
  static String left(double done, long seconds) {
    if (!(done >= 0.001) || done >= 1) {
      return "";
    }
    double more = seconds * (1 - done) / done;
    String amount = more < 120 ? Math.round(more) + " s"
        : more < 120 * 60 ? Math.round(more / 60) + " min" : Math.round(more / 3600) + " h";
    return "; at this pace about " + amount + " more";
  }

  /**
   * The analysis as known when the importance started, without node importance: every number
   * in it is exact. Empty when no result was handed over before the importance.
   */
  synchronized Optional<AnalysisResult> withoutImportance() {
    return Optional.ofNullable(beforeImportance).map(AnalysisResult::withoutNodeImportance);
  }

  /** No notice from now on. */
  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.cancel();
    }
  }
}
