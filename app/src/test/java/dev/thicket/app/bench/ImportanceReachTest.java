package dev.thicket.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How far a timed-out row's importance got, read off the analysis's progress. */
class ImportanceReachTest {
  @Test
  void theShareOfTheImportanceStageDoneIsReadFromItsProgress() {
    ImportanceReach reach = new ImportanceReach(System.nanoTime(), 60);
    reach.progress("diagrams, inherent", 0.2);
    reach.progress("scenarios", 0.7);
    reach.progress("importance", 0.85);
    reach.progress("importance", 0.88);
    reach.progress("importance", 0.91);

    assertThat(reach.done()).isCloseTo(0.4, within(1e-12));
    assertThat(reach.cancelled()).isFalse();
  }

  @Test
  void noShareWhenTheImportanceNeverStarted() {
    ImportanceReach reach = new ImportanceReach(System.nanoTime() - 2_000_000_000L, 1);
    reach.progress("diagrams, inherent", 0.3);

    assertThat(reach.done()).isNaN();
    assertThat(reach.cancelled()).isTrue();
  }
}
