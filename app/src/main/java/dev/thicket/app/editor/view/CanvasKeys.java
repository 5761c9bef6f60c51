package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.CollapsedNodes;
import dev.thicket.app.editor.viewmodel.DocumentViewModel;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;

/**
 * The canvas's own keys (README "Editor"): Tab / Insert, Enter and F2 start the in-place editor,
 * Delete deletes, arrows move the selection, Esc ends comparing or else clears the selected
 * scenario, `-` / `+` collapse and expand, Ctrl+X / C / V / L the clipboard and shared links.
 * Text fields keep their own keys; menu accelerators stay in {@link Menus}.
 */
final class CanvasKeys {
  private final MainWindow window;
  private final InlineTitleEditor inline;

  private CanvasKeys(MainWindow window, InlineTitleEditor inline) {
    this.window = window;
    this.inline = inline;
  }

  static void install(MainWindow window, InlineTitleEditor inline, Canvas canvas) {
    CanvasKeys keys = new CanvasKeys(window, inline);
    canvas.addEventHandler(KeyEvent.KEY_PRESSED, keys::pressed);
    canvas.addEventHandler(KeyEvent.KEY_TYPED, keys::typed);
  }

  private void pressed(KeyEvent event) {
    if (event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown()) {
      clipboardKey(event);
      return;
    }
    if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
      return;
    }
    DocumentViewModel document = window.document();
    boolean handled = true;
    switch (event.getCode()) {
      case TAB, INSERT -> inline.start(InlineTitleEditor.Purpose.CHILD);
      case ENTER -> inline.start(InlineTitleEditor.Purpose.SIBLING);
      case F2 -> inline.start(InlineTitleEditor.Purpose.RENAME);
      case DELETE, BACK_SPACE -> window.deleteSelected();
      case UP -> document.selectParent();
      case DOWN -> {
        window.collapsed().expandSelected(); // going down opens a collapsed card
        document.selectFirstChild();
      }
      case LEFT -> document.selectSibling(-1);
      case RIGHT -> document.selectSibling(1);
      case ESCAPE -> {
        if (window.compare().isComparing()) {
          window.compare().end();
        } else {
          window.results().selectedScenarioProperty().set(-1);
        }
      }
      default -> handled = false;
    }
    if (handled) {
      event.consume();
    }
  }

  /** Typed characters, so that + works on every keyboard layout. */
  private void typed(KeyEvent event) {
    CollapsedNodes collapsed = window.collapsed();
    if ("-".equals(event.getCharacter()) && !event.isShortcutDown()) {
      collapsed.collapseSelected();
      event.consume();
    } else if ("+".equals(event.getCharacter()) && !event.isShortcutDown()) {
      collapsed.expandSelected();
      event.consume();
    }
  }

  /** Ctrl+X, Ctrl+C, Ctrl+V and Ctrl+L on the canvas (text fields keep their own). */
  private void clipboardKey(KeyEvent event) {
    switch (event.getCode()) {
      case X -> window.clipboard().cutSelected();
      case C -> window.clipboard().copySelected();
      case V -> window.clipboard().paste();
      case L -> window.linkExisting();
      default -> {
        return;
      }
    }
    event.consume();
  }
}
