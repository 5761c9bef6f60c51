package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.model.tree.AttackerProfile;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * View → Attacker ▸ ({@code #menu-attacker}): Everyone and each profile of the tree, the same
 * choice as the profile switch and kept in sync with it; Shortcut+Alt+0 picks everyone,
 * Shortcut+Alt+1 to 9 the first nine profiles. Disabled while the tree has no profiles.
 */
final class AttackerMenu {
  private final ResultsViewModel results;
  private final Menu menu = new Menu("Attacker");
  private final ToggleGroup group = new ToggleGroup();

  private AttackerMenu(ResultsViewModel results) {
    this.results = results;
    menu.setId("menu-attacker");
    results.profiles().addListener((ListChangeListener<AttackerProfile>) change -> fill());
    results.profileProperty().addListener((observable, before, after) -> show());
    fill();
  }

  static Menu of(ResultsViewModel results) {
    return new AttackerMenu(results).menu;
  }

  private void fill() {
    menu.getItems().forEach(item -> ((RadioMenuItem) item).setToggleGroup(null));
    menu.getItems().setAll(item("Everyone (whole tree)", null, "everyone", 0));
    int number = 1;
    for (AttackerProfile profile : results.profiles()) {
      menu.getItems().add(item(profile.title(), profile.id(), profile.id(), number++));
    }
    menu.setDisable(results.profiles().isEmpty());
    show();
  }

  private RadioMenuItem item(String text, String profile, String name, int number) {
    RadioMenuItem item = new RadioMenuItem(text);
    item.setId("menu-attacker-" + name);
    item.setUserData(profile);
    item.setToggleGroup(group);
    if (number <= 9) {
      item.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+" + number));
    }
    item.setOnAction(event -> results.profileProperty().set(profile));
    return item;
  }

  private void show() {
    for (Toggle item : group.getToggles()) {
      if (Objects.equals(item.getUserData(), results.profileProperty().get())) {
        group.selectToggle(item);
      }
    }
  }
}
