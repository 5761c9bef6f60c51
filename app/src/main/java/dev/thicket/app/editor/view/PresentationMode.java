package dev.thicket.app.editor.view;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * View → Present (F11): the canvas full-screen with larger cards, the side panel, menu bar and
 * status bar hidden, and {@link PresentationStrip} on top. The canvas keeps its keys (navigation,
 * collapse, find, the mode switch); Esc, F11 or leaving full screen end it and put every pane
 * back where it was.
 */
final class PresentationMode {
  /** The smallest zoom while presenting: cards readable from the back of a room. */
  static final double MIN_ZOOM = 1.25;

  private final Stage stage;
  private final BorderPane root;
  private final SplitPane centre;
  private final VBox canvasPane;
  private final TreeCanvasView canvas;
  private final Node[] hidden;
  private final PresentationStrip strip;
  private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(false);
  private double zoomBefore;

  /**
   * @param canvasPane the find bar and the canvas, moved out of {@code centre} while presenting
   * @param hidden the menu bar and the status bar
   */
  PresentationMode(Stage stage, BorderPane root, SplitPane centre, VBox canvasPane,
      TreeCanvasView canvas, PresentationStrip strip, Node... hidden) {
    this.stage = stage;
    this.root = root;
    this.centre = centre;
    this.canvasPane = canvasPane;
    this.canvas = canvas;
    this.strip = strip;
    this.hidden = hidden;
    root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
      if (on.get() && event.getCode() == KeyCode.ESCAPE
          && !(root.getScene().getFocusOwner() instanceof TextInputControl)) {
        leave();
        event.consume();
      }
    });
    stage.fullScreenProperty().addListener((observable, before, full) -> {
      if (!full && on.get()) {
        leave(); // the window manager or the platform ended full screen
      }
    });
  }

  ReadOnlyBooleanProperty onProperty() {
    return on.getReadOnlyProperty();
  }

  void toggle() {
    if (on.get()) {
      leave();
    } else {
      enter();
    }
  }

  void enter() {
    if (on.get()) {
      return;
    }
    on.set(true);
    zoomBefore = canvas.zoom();
    centre.getItems().remove(canvasPane);
    BorderPane presenting = new BorderPane(canvasPane);
    presenting.setTop(strip);
    root.setCenter(presenting);
    root.getStyleClass().add("presenting");
    for (Node node : hidden) {
      node.setVisible(false);
      node.setManaged(false);
    }
    stage.setFullScreenExitHint("Esc leaves the presentation");
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    stage.setFullScreen(true);
    Platform.runLater(() -> fitLarge());
    canvas.canvas().requestFocus();
  }

  void leave() {
    if (!on.get()) {
      return;
    }
    on.set(false);
    root.getStyleClass().remove("presenting");
    ((BorderPane) root.getCenter()).setCenter(null);
    centre.getItems().add(0, canvasPane);
    root.setCenter(centre);
    for (Node node : hidden) {
      node.setVisible(true);
      node.setManaged(true);
    }
    stage.setFullScreen(false);
    Platform.runLater(() -> {
      canvas.fit();
      canvas.zoomBy(zoomBefore / canvas.zoom());
    });
    canvas.canvas().requestFocus();
  }

  /** The whole tree when it fits at {@link #MIN_ZOOM}, else that zoom around the selection. */
  private void fitLarge() {
    root.applyCss();
    root.layout();
    canvas.fit();
    if (canvas.zoom() < MIN_ZOOM) {
      canvas.zoomBy(MIN_ZOOM / canvas.zoom());
    }
    canvas.revealSelected();
  }
}
