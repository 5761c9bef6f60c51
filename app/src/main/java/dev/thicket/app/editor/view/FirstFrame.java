package dev.thicket.app.editor.view;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The first frame that shows the tree: the first pulse that laid the window out after the
 * canvas's layout of its tree landed (from a background thread on a large tree).
 */
public final class FirstFrame {
  private FirstFrame() {}

  /** Runs {@code action} once on the UI thread, after the first frame of {@code canvas}. */
  public static void then(Scene scene, TreeCanvasView canvas, Runnable action) {
    Runnable[] listener = new Runnable[1];
    listener[0] = () -> {
      if (canvas.layouts().pending() || canvas.layoutOfTree() == null) {
        Platform.requestNextPulse();
        return;
      }
      scene.removePostLayoutPulseListener(listener[0]);
      Platform.runLater(action);
    };
    scene.addPostLayoutPulseListener(listener[0]);
    Platform.requestNextPulse();
  }
}
