package dev.thicket.app.editor.view;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The progress bar of a background run that shows only once the run has lasted a quarter second,
 * and then dims (pseudo-class {@code :stale}) the parts the run will replace: a quick re-score,
 * as most edits cause, shows nothing, so that typing does not make a panel flicker.
 */
final class LongRunProgress {
  private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

  private LongRunProgress() {}

  /** A bar given the id {@code id}, following {@code running} and {@code progress}. */
  static ProgressBar bar(String id, ReadOnlyBooleanProperty running,
      ReadOnlyDoubleProperty progress, Node... dimmed) {
    ProgressBar bar = new ProgressBar();
    bar.setId(id);
    bar.setMaxWidth(Double.MAX_VALUE);
    // never squeezed to nothing by a full panel (the Results tab's lists took its height)
    bar.setMinHeight(Region.USE_PREF_SIZE);
    bar.progressProperty().bind(progress);
    bar.setVisible(false);
    bar.managedProperty().bind(bar.visibleProperty());
    PauseTransition later = new PauseTransition(Duration.millis(250));
    later.setOnFinished(event -> show(bar, running.get(), dimmed));
    running.addListener((observable, before, after) -> {
      if (after) {
        later.playFromStart();
      } else {
        later.stop();
        show(bar, false, dimmed);
      }
    });
    return bar;
  }

  private static void show(ProgressBar bar, boolean longRun, Node... dimmed) {
    bar.setVisible(longRun);
    dim(longRun, dimmed);
  }

  /** Dims {@code parts} (a long run will replace them), or shows them as current. */
  static void dim(boolean stale, Node... parts) {
    for (Node part : List.of(parts)) {
      part.pseudoClassStateChanged(STALE, stale);
    }
  }
}
