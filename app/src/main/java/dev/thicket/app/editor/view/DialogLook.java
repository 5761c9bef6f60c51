package dev.thicket.app.editor.view;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/** What the editor's dialogs take from the window behind them. */
final class DialogLook {
  private DialogLook() {}

  /**
   * The window's stylesheets, text size (View → Bigger text, for a projector) and dark theme, so
   * that the dialog reads like the window behind it.
   */
  static void follow(DialogPane pane, Window owner) {
    Scene scene = owner == null ? null : owner.getScene();
    if (scene == null) {
      return;
    }
    pane.getStylesheets().setAll(scene.getStylesheets());
    pane.setStyle(scene.getRoot().getStyle());
    if (scene.getRoot().getStyleClass().contains("dark")) {
      pane.getStyleClass().add("dark");
    }
  }

  /** Keeps a dialog sized in em (bigger text, a small screen) inside the screen. */
  static void fitScreen(Dialog<?> dialog) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Window window = dialog.getDialogPane().getScene().getWindow();
    window.setWidth(Math.min(window.getWidth(), screen.getWidth()));
    window.setHeight(Math.min(window.getHeight(), screen.getHeight()));
    window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX()
        - window.getWidth())));
    window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY()
        - window.getHeight())));
  }
}
