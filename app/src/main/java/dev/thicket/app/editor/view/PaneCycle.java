package dev.thicket.app.editor.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;

/** The window's panes in keyboard order. */
final class PaneCycle {
  private PaneCycle() {}

  /**
   * F6 / Shift+F6: the keyboard's way between the canvas, the node's fields (title first) and
   * the side tabs, as in other desktop programs (Tab on the canvas adds a child).
   */
  static void next(int step, TreeCanvasView canvas, NodePanelView nodeView, TabPane tabs) {
    Node focused = canvas.getScene().getFocusOwner();
    List<Node> panes = List.of(canvas, nodeView, tabs);
    int at = 0;
    for (int i = 0; i < panes.size(); i++) {
      for (Node node = focused; node != null; node = node.getParent()) {
        if (node == panes.get(i)) {
          at = i;
        }
      }
    }
    switch (Math.floorMod(at + step, panes.size())) {
      case 0 -> canvas.canvas().requestFocus();
      case 1 -> nodeView.lookup("#field-title").requestFocus();
      default -> tabs.requestFocus();
    }
  }
}
