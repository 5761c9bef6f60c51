package dev.thicket.model.analysis;

import java.util.function.Consumer;

/**
 * Watches a long analysis: receives progress and may cancel it. Called from the analysis thread;
 * implementations hand progress over to their own thread (the editor's UI thread) themselves.
 */
public interface AnalysisMonitor {
  /** Ignores progress and never cancels. */
  AnalysisMonitor NONE =
      new AnalysisMonitor() {
        @Override
        public void progress(String stage, double fraction) {}

        @Override
        public boolean cancelled() {
          return false;
        }
      };

  /** Ignores progress and cancels once {@link System#nanoTime} passes {@code deadline}. */
  static AnalysisMonitor until(long deadline) {
    return new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {}

      @Override
      public boolean cancelled() {
        return System.nanoTime() - deadline > 0;
      }
    };
  }

  /**
   * {@code monitor}, and the result before the importance ({@link #beforeImportance}) handed to
   * {@code early}.
   */
  static AnalysisMonitor handingOver(AnalysisMonitor monitor,
      Consumer<AnalysisResult> early) {
    return new AnalysisMonitor() {
      @Override
      public void progress(String stage, double fraction) {
        monitor.progress(stage, fraction);
      }

      @Override
      public boolean cancelled() {
        return monitor.cancelled();
      }

      @Override
      public void beforeImportance(AnalysisResult result) {
        early.accept(result);
      }
    };
  }

  /** The analysis is in {@code stage}, about {@code fraction} (0..1) of the way through. */
  void progress(String stage, double fraction);

  /** Polled often; once true, the analysis stops with {@link AnalysisCancelledException}. */
  boolean cancelled();

  /**
   * Everything but the costly part of the importance is known: {@code result} holds the final
   * probabilities, scenarios, attackers and mitigation effects, the final measures of the nodes
   * they come at once for (modules, leaves whose mitigations guard nothing else), and the other
   * nodes {@linkplain NodeImportance#pending() pending}, with their probability only. Called
   * from the analysis thread, first before the interventions of those nodes (often the longest
   * part of the analysis), then again every two seconds while they run, with the final measures
   * of the nodes known since (each call knows more nodes than the one before); not when the
   * options skip the importance or when no node is left pending. When building again the
   * functions the diagrams dropped while they were built takes more than a quarter second (the
   * largest trees), a first call comes meanwhile: every node pending, and the probability NaN
   * (not known yet) for the nodes whose function is being built again. The editor shows it
   * while the rest runs.
   */
  default void beforeImportance(AnalysisResult result) {}
}
