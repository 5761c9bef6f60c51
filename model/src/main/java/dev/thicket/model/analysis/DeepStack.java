package dev.thicket.model.analysis;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a computation on a thread with a large stack. Decision-diagram operations recurse once per
 * variable on a path, which for a tree of 100,000 nodes is far deeper than a default stack allows.
 */
final class DeepStack {
  private static final long STACK_BYTES = 1L << 30;

  private DeepStack() {}

  /** A thread, not started, that runs {@code body} on a large stack. */
  static Thread thread(Runnable body, String name) {
    return new Thread(null, body, name, STACK_BYTES);
  }

  /**
   * Waits for {@code thread} to end; an interrupt meanwhile runs {@code onInterrupt} (to stop it)
   * and is passed on once the thread has ended.
   */
  static void joinUninterruptibly(Thread thread, Runnable onInterrupt) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        onInterrupt.run();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  static <T> T call(Callable<T> computation) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        thread(
            () -> {
              try {
                result.set(computation.call());
              } catch (OutOfMemoryError e) {
                // The diagrams are garbage once this thread ends: report, don't crash.
                failure.set(new AnalysisTooLargeException(
                    "the analysis needs more memory than the JVM has (-Xmx); the tree has too"
                        + " much sharing for an exact analysis here"));
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "thicket-analysis");
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (t instanceof Error error) {
      throw error;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
    return result.get();
  }
}
