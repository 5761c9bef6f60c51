package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The title field that opens on the canvas, over or under the selected card: a new child (Tab,
 * Insert), a new sibling (Enter) or a rename (F2, double-click). Enter commits, Escape cancels,
 * leaving the field commits what was typed; the canvas gets the keyboard back.
 */
final class InlineTitleEditor {
  /** What the field is for. */
  enum Purpose { CHILD, SIBLING, RENAME }

  private static final double WIDTH = 220;
  private static final double HEIGHT = 32;

  private final DocumentViewModel document;
  private final TreeCanvasView canvas;
  private final TextField field = new TextField();
  private Purpose purpose;

  InlineTitleEditor(DocumentViewModel document, TreeCanvasView canvas) {
    this.document = document;
    this.canvas = canvas;
    field.setId("inline-title");
    field.setVisible(false);
    field.setManaged(false);
    canvas.getChildren().add(field);
    field.setOnKeyPressed(event -> {
      if (event.getCode() == KeyCode.ENTER) {
        finish(true);
        event.consume();
      } else if (event.getCode() == KeyCode.ESCAPE) {
        finish(false);
        event.consume();
      }
    });
    field.focusedProperty().addListener((observable, before, focused) -> {
      if (!focused && purpose != null) {
        finish(!field.getText().isBlank());
      }
    });
  }

  /** Opens the field for {@code what} at the selected card (the root when none is selected). */
  void start(Purpose what) {
    String id = document.selectedProperty().get();
    if (id == null) {
      id = document.tree().root();
      document.selectedProperty().set(id);
    }
    Point2D at = canvas.screenPositionOf(id);
    for (String parent : document.tree().parents(id)) { // a new card not placed yet
      at = at != null ? at : canvas.screenPositionOf(parent);
    }
    if (at == null) {
      return;
    }
    purpose = what;
    double x = at.getX() + (what == Purpose.SIBLING ? 40 : what == Purpose.CHILD ? 20 : 0);
    double y = at.getY() + (what == Purpose.RENAME ? 0 : 90 * canvas.zoom());
    field.setText(what == Purpose.RENAME ? document.tree().node(id).title() : "");
    field.setPromptText(what == Purpose.CHILD ? "title of the new child"
        : what == Purpose.SIBLING ? "title of the new sibling" : "new title");
    field.resizeRelocate(Math.max(0, Math.min(x, canvas.getWidth() - WIDTH)),
        Math.max(0, Math.min(y, canvas.getHeight() - HEIGHT)), WIDTH, HEIGHT);
    field.setVisible(true);
    field.requestFocus();
    field.selectAll();
  }

  private void finish(boolean commit) {
    Purpose what = purpose;
    purpose = null;
    field.setVisible(false);
    String title = field.getText().strip();
    if (commit && what != null && !title.isEmpty()) {
      switch (what) {
        case CHILD -> document.addChild(title);
        case SIBLING -> document.addSibling(title);
        case RENAME -> document.renameSelected(title);
        default -> throw new IllegalStateException();
      }
    }
    canvas.canvas().requestFocus();
  }
}
