package dev.thicket.app.editor.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** When the background run starts, with a queue standing in for the UI thread. */
class LatestRunTest {
  @Test
  void aRunWaitsUntilTheUiThreadHasHandledTheEventThatStartedIt() throws Exception {
    UiQueue ui = new UiQueue();
    try (LatestRun runs = new LatestRun(ui, "test-run")) {
      CountDownLatch started = new CountDownLatch(1);
      AtomicReference<String> done = new AtomicReference<>();
      runs.start(monitor -> {
        started.countDown();
        return "result";
      }, done::set, failed -> { });

      assertThat(started.await(300, TimeUnit.MILLISECONDS))
          .as("started while the UI thread was still handling its event").isFalse();
      ui.runUntil(() -> done.get() != null);
      assertThat(done.get()).isEqualTo("result");
    }
  }

  @Test
  void closingFreesARunStillWaitingForTheUiThread() throws Exception {
    UiQueue ui = new UiQueue();
    CountDownLatch started = new CountDownLatch(1);
    LatestRun runs = new LatestRun(ui, "test-run-closed");
    runs.start(monitor -> {
      started.countDown();
      return "never";
    }, done -> { }, failed -> { });
    runs.close();

    Thread waiting = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals("test-run-closed")).findFirst().orElse(null);
    if (waiting != null) {
      waiting.join(5_000);
      assertThat(waiting.isAlive()).as("the worker still waits after close").isFalse();
    }
    assertThat(started.getCount()).as("the work ran after close").isEqualTo(1);
  }

  @Test
  void aRunSupersededBeforeTheUiThreadGotToItNeverStarts() throws Exception {
    UiQueue ui = new UiQueue();
    try (LatestRun runs = new LatestRun(ui, "test-run")) {
      List<String> ran = new CopyOnWriteArrayList<>();
      List<String> handedOver = new CopyOnWriteArrayList<>();
      for (String input : List.of("older", "newer")) {
        runs.start(monitor -> {
          ran.add(input);
          return input;
        }, handedOver::add, failed -> { });
      }

      ui.runUntil(() -> !handedOver.isEmpty());
      assertThat(handedOver).containsExactly("newer");
      assertThat(ran).containsExactly("newer");
      assertThat(runs.runningProperty().get()).isFalse();
    }
  }

  @Test
  void anEarlyResultShowsWhileTheFinalOneIsLate() throws Exception {
    UiQueue ui = new UiQueue();
    try (LatestRun runs = new LatestRun(ui, "test-run")) {
      CountDownLatch release = new CountDownLatch(1);
      List<String> handedOver = new CopyOnWriteArrayList<>();
      runs.<String>start((monitor, early) -> {
        early.accept("early");
        await(release);
        return "final";
      }, handedOver::add, failed -> { });

      ui.runUntil(() -> !handedOver.isEmpty());
      assertThat(handedOver).containsExactly("early");
      assertThat(runs.runningProperty().get()).as("running while the final result is late")
          .isTrue();
      release.countDown();
      ui.runUntil(() -> !runs.runningProperty().get());
      assertThat(handedOver).containsExactly("early", "final");
    }
  }

  @Test
  void anEarlyResultOvertakenByTheFinalOneIsNeverShown() throws Exception {
    UiQueue ui = new UiQueue();
    try (LatestRun runs = new LatestRun(ui, "test-run")) {
      List<String> handedOver = new CopyOnWriteArrayList<>();
      runs.<String>start((monitor, early) -> {
        early.accept("early");
        return "final";
      }, handedOver::add, failed -> { });

      ui.runUntil(() -> !handedOver.isEmpty());
      long waited = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * LatestRun.EARLY_MILLIS);
      ui.runUntil(() -> System.nanoTime() > waited);
      assertThat(handedOver).containsExactly("final");
    }
  }

  @Test
  void anEarlyResultOfASupersededRunIsNeverShown() throws Exception {
    UiQueue ui = new UiQueue();
    try (LatestRun runs = new LatestRun(ui, "test-run")) {
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch handed = new CountDownLatch(1);
      List<String> handedOver = new CopyOnWriteArrayList<>();
      runs.<String>start((monitor, early) -> {
        early.accept("older early");
        handed.countDown();
        await(release);
        return "older";
      }, handedOver::add, failed -> { });
      ui.runUntil(() -> handed.getCount() == 0);
      runs.start(monitor -> "newer", handedOver::add, failed -> { });
      release.countDown();

      long waited = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * LatestRun.EARLY_MILLIS);
      ui.runUntil(() -> System.nanoTime() > waited && !handedOver.isEmpty());
      assertThat(handedOver).containsExactly("newer");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException closed) {
      Thread.currentThread().interrupt();
    }
  }
}
