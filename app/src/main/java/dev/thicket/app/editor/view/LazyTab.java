package dev.thicket.app.editor.view;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is selected: a tab not in sight at start-up
 * costs no skins, CSS or layout before the window shows (a few hundred milliseconds of a cold
 * start for a table and a grid).
 */
final class LazyTab {
  private LazyTab() {}

  static Tab of(String title, Supplier<Node> content) {
    Tab tab = new Tab(title);
    tab.selectedProperty().addListener((observable, before, selected) -> {
      if (selected && tab.getContent() == null) {
        tab.setContent(content.get());
      }
    });
    return tab;
  }
}
