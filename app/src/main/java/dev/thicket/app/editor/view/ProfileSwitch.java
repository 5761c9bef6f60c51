package dev.thicket.app.editor.view;

import dev.thicket.app.editor.viewmodel.ResultsViewModel;
import dev.thicket.model.tree.AttackerProfile;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * "attacker: whole tree | <profile titles>" ({@code #profile-switch}): which attacker the Results
 * tab and the canvas are scored for. Shown only when the tree has profiles.
 */
final class ProfileSwitch extends HBox {
  /** The choice of the whole tree (every attacker); the profiles are their ids. */
  private static final String WHOLE_TREE = "";

  private final ResultsViewModel model;
  private final ChoiceBox<String> choice = new ChoiceBox<>();
  /** Refilling the items clears the choice for a moment: not the user's choice of everyone. */
  private boolean filling;

  ProfileSwitch(ResultsViewModel model) {
    super(6);
    this.model = model;
    setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    Label label = new Label("attacker:");
    label.setMinWidth(Region.USE_PREF_SIZE);
    choice.setId("profile-switch");
    choice.setFocusTraversable(false);
    choice.setTooltip(new Tooltip("score the tree for one attacker profile: only the steps and "
        + "scenarios within its reach count; steps out of reach are greyed"));
    choice.setConverter(new StringConverter<>() {
      @Override
      public String toString(String id) {
        AttackerProfile profile = id == null || id.isEmpty() ? null
            : model.profiles().stream().filter(each -> each.id().equals(id)).findFirst()
                .orElse(null);
        return profile == null ? "whole tree" : profile.title();
      }

      @Override
      public String fromString(String text) {
        return null;
      }
    });
    getChildren().addAll(label, choice);
    managedProperty().bind(visibleProperty());
    model.profiles().addListener((ListChangeListener<AttackerProfile>) change -> fill());
    fill();
    choice.valueProperty().addListener((observable, before, after) -> {
      if (filling) {
        return;
      }
      String id = after == null || after.equals(WHOLE_TREE) ? null : after;
      if (!java.util.Objects.equals(model.profileProperty().get(), id)) {
        model.profileProperty().set(id);
      }
    });
    model.profileProperty().addListener((observable, before, after) -> show());
  }

  private void fill() {
    filling = true;
    try {
      List<String> items = new ArrayList<>(List.of(WHOLE_TREE));
      model.profiles().forEach(profile -> items.add(profile.id()));
      choice.getItems().setAll(items);
    } finally {
      filling = false;
    }
    setVisible(!model.profiles().isEmpty());
    show();
  }

  private void show() {
    String id = model.profileProperty().get();
    choice.setValue(id == null ? WHOLE_TREE : id);
  }
}
