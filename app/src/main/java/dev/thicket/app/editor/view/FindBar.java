package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.FindViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * The find bar above the canvas (Ctrl+F): matches are marked on the canvas as one types; Enter
 * or F3 goes to the next match, Shift+Enter or Shift+F3 to the previous one, Escape closes it.
 */
public final class FindBar extends HBox {
  private final FindViewModel model;
  private final TextField field = new TextField();
  private Runnable onClose = () -> {};

  public FindBar(FindViewModel model) {
    this.model = model;
    setId("find-bar");
    getStyleClass().add("find-bar");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(6);
    field.setId("find-field");
    field.setPromptText("title, id or reference");
    field.setPrefColumnCount(24);
    field.textProperty().bindBidirectional(model.queryProperty());
    Label status = new Label();
    status.setId("find-status");
    status.textProperty().bind(model.statusProperty());
    status.setMinWidth(90);
    Button previous = button("find-previous", "▲", "Previous match (Shift+Enter, Shift+F3)");
    previous.setOnAction(event -> model.previous());
    Button next = button("find-next", "▼", "Next match (Enter, F3)");
    next.setOnAction(event -> model.next());
    Button close = button("find-close", "✕", "Close (Escape)");
    close.setOnAction(event -> close());
    field.setOnKeyPressed(event -> {
      if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F3) {
        if (event.isShiftDown()) {
          model.previous();
        } else {
          model.next();
        }
        event.consume();
      } else if (event.getCode() == KeyCode.ESCAPE) {
        close();
        event.consume();
      }
    });
    getChildren().addAll(new Label("Find"), field, status, previous, next, close);
    setVisible(false);
    managedProperty().bind(visibleProperty());
  }

  /** Called after the bar closes (the window gives the canvas the focus back). */
  public void setOnClose(Runnable action) {
    onClose = action;
  }

  /** Shows the bar with its text selected, ready for a new query. */
  public void open() {
    setVisible(true);
    field.requestFocus();
    field.selectAll();
  }

  /** Hides the bar and clears the marks. */
  public void close() {
    model.clear();
    setVisible(false);
    onClose.run();
  }

  private static Button button(String id, String text, String tip) {
    Button button = new Button(text);
    button.setId(id);
    button.setTooltip(new Tooltip(tip));
    button.setFocusTraversable(false);
    return button;
  }
}
