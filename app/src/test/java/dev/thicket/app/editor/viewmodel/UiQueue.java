package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.tree.AttackTree;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Stands in for the UI thread: view models hand it work, the test's thread runs it. */
final class UiQueue implements Executor {
  private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

  @Override
  public void execute(Runnable work) {
    queue.add(work);
  }

  /** Runs the queued work until {@code results} shows {@code tree} scored (at most 60 s). */
  void runUntilScored(ResultsViewModel results, AttackTree tree) throws InterruptedException {
    runUntil(() -> !results.runningProperty().get() && results.isCurrent(tree));
  }

  /** Runs the queued work until {@code plans} holds the plans of {@code tree} (at most 60 s). */
  void runUntilPlanned(PlanViewModel plans, AttackTree tree) throws InterruptedException {
    runUntil(() -> !plans.runningProperty().get() && plans.funding(tree).isPresent());
  }

  /** Runs the queued work until {@code done} holds (at most 60 s). */
  void runUntil(BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!done.getAsBoolean()) {
      Runnable next = queue.poll(100, TimeUnit.MILLISECONDS);
      if (next != null) {
        next.run();
      }
      assertThat(System.nanoTime()).as("done within 60 s").isLessThan(deadline);
    }
  }
}
