package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.AttackerProfile;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.PotentialFactor;
import dev.thicket.model.tree.StepAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Builds the Keras tree from File → New with the keyboard and mouse only — the Tree tab (title,
 * description, thresholds, scales), the Mitigations tab (id, title, description, numbers,
 * status, references), the cards (Tab adds a child, Ctrl+G toggles AND/OR) and the node
 * panel (id, title, description, likelihood, impact, rationale, references, a leaf's cost, time
 * and attack potential, attached mitigations) and the Profiles tab (id, title, description,
 * budget, time, factor limits) — saves it with Ctrl+S and compares the saved file with {@code trees/keras.yaml}
 * byte for byte: the writer is canonical, so the same tree entered in the same order gives the
 * same file.
 *
 * <p>All input goes through the glass robot, as real key presses and clicks: texts are pasted
 * (Ctrl+A, Ctrl+V), as users do with prepared texts, and the keys of one step are sent in one
 * batch, the mouse put at its target at once, so that the test runs in well under a minute and a
 * half instead of waiting for the window after every key.
 */
@ExtendWith(ApplicationExtension.class)
class BuildKerasTreeTest {
  @TempDir static Path folder;

  private final AttackTree keras = read(MainWindowTest.KERAS);
  private MainWindow window;
  private ScriptedDialogs dialogs;

  @Start
  void start(Stage stage) {
    window = new MainWindow(stage, keras, MainWindowTest.KERAS,
        owner -> dialogs = new ScriptedDialogs(owner),
        new RecentFiles(folder.resolve("recent.txt")));
    stage.show();
  }

  @Test
  void kerasTreeBuiltByHandSavesTheSameFile(FxRobot robot) throws Exception {
    robot.clickOn("File").clickOn("New");
    enterTreeProperties(robot);
    click(robot, robot.lookup("#mitigations-tab").query());
    keras.mitigations().values().forEach(mitigation -> addMitigation(robot, mitigation));

    build(robot, keras.rootNode(), null);
    click(robot, robot.lookup("#profiles-tab").query());
    keras.profiles().values().forEach(profile -> addProfile(robot, profile));
    Path saved = folder.resolve("keras-by-hand.yaml");
    dialogs.toSave.add(saved);
    keys(robot, KeyCode.CONTROL, KeyCode.S);

    assertThat(Files.readString(saved)).isEqualTo(Files.readString(MainWindowTest.KERAS));
  }

  /** Adds {@code profile} in the Profiles tab (id and title, Enter) and fills in its fields. */
  private void addProfile(FxRobot robot, AttackerProfile profile) {
    replace(robot, "#profile-new-id", profile.id(), null);
    replace(robot, "#profile-new-title", profile.title());
    assertThat(window.profiles().selectedProperty().get()).as("added and selected")
        .isEqualTo(profile.id());
    if (profile.description() != null) {
      replace(robot, "#field-profileDescription", profile.description());
    }
    if (profile.budget() != null) {
      replace(robot, "#field-profileBudget", Numbers.format(profile.budget()));
    }
    if (profile.time() != null) {
      replace(robot, "#field-profileTime", Numbers.format(profile.time()));
    }
    profile.limits().forEach((factor, level) -> {
      click(robot, field(robot, "#field-limit-" + factor.keyword()));
      click(robot, robot.lookup(".context-menu .label")
          .match(label -> level.equals(((javafx.scene.control.Labeled) label).getText()))
          .query());
    });
    assertThat(window.document().tree().profiles().get(profile.id())).isEqualTo(profile);
  }

  /** Shows the node panel's attacker fields and enters the leaf's cost, time and levels. */
  private void enterAttacker(FxRobot robot, StepAttributes attacker) {
    ToggleButton toggle = robot.lookup("#attacker-toggle").queryAs(ToggleButton.class);
    if (!toggle.isSelected()) {
      click(robot, toggle);
    }
    if (attacker.cost() != null) {
      replace(robot, "#field-cost", Numbers.format(attacker.cost()));
    }
    if (attacker.time() != null) {
      replace(robot, "#field-time", Numbers.format(attacker.time()));
    }
    for (PotentialFactor factor : PotentialFactor.values()) {
      String level = attacker.potential().level(factor);
      if (level != null) {
        click(robot, field(robot, "#field-" + factor.keyword()));
        click(robot, robot.lookup(".context-menu .label")
            .match(label -> level.equals(((javafx.scene.control.Labeled) label).getText()))
            .query());
        assertThat(window.document().tree().node(window.document().selectedProperty().get())
            .attacker().potential().level(factor)).as(factor.keyword()).isEqualTo(level);
      }
    }
  }

  /** Ctrl+Shift+T opens the Tree tab with its title focused. */
  private void enterTreeProperties(FxRobot robot) {
    keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
    replaceFocused(robot, keras.title(), KeyCode.ENTER);
    if (keras.description() != null) {
      replace(robot, "#field-treeDescription", keras.description());
    }
    Double critical = keras.settings().criticalThreshold();
    Double highRisk = keras.settings().highRiskThreshold();
    if (critical != null) {
      replace(robot, "#field-criticalThreshold", Numbers.format(critical));
    }
    if (highRisk != null) {
      replace(robot, "#field-highRiskThreshold", Numbers.format(highRisk));
    }
    if (keras.scalesGiven()) {
      replace(robot, "#field-likelihoodScale", levels(keras.scales().likelihood()));
      replace(robot, "#field-impactScale", levels(keras.scales().impact()));
    }
  }

  private void addMitigation(FxRobot robot, Mitigation mitigation) {
    click(robot, "#mitigation-add");
    replace(robot, "#mitigation-id", mitigation.id(), null);
    replace(robot, "#mitigation-title", mitigation.title(), null);
    if (mitigation.description() != null) {
      replace(robot, "#mitigation-description", mitigation.description(), null);
    }
    replace(robot, "#mitigation-effectiveness", Numbers.format(mitigation.effectiveness()), null);
    replace(robot, "#mitigation-cost", mitigation.cost() == null ? ""
        : Numbers.format(mitigation.cost()), null);
    if (!mitigation.references().isEmpty()) {
      replace(robot, "#mitigation-references", String.join("; ", mitigation.references()),
          null);
    }
    if (mitigation.status() != MitigationStatus.PLANNED) {
      click(robot, "#mitigation-status");
      click(robot, robot.lookup(".combo-box-popup .list-cell").match(cell ->
          mitigation.status().name().equalsIgnoreCase(((javafx.scene.control.Labeled) cell)
              .getText()))
          .query());
    }
    click(robot, "#mitigation-apply");
  }

  /** Adds {@code node} under {@code parent} (or fills in the root), then its children. */
  private void build(FxRobot robot, Node node, String parent) {
    if (parent != null) {
      clickCard(robot, parent);
      keys(robot, KeyCode.TAB);
      replaceFocused(robot, node.title(), KeyCode.ENTER);
    } else {
      replace(robot, "#field-title", node.title());
    }
    replace(robot, "#field-id", node.id());
    if (node.description() != null) {
      replace(robot, "#field-description", node.description());
    }
    if (node.likelihood() != null) {
      replace(robot, "#field-likelihood", node.likelihood().toString());
    }
    if (node.impact() != null) {
      replace(robot, "#field-impact", node.impact().toString());
    }
    if (node.rationale() != null) {
      replace(robot, "#field-rationale", node.rationale());
    }
    if (!node.references().isEmpty()) {
      replace(robot, "#field-references", String.join("\n", node.references()));
    }
    if (!node.attacker().isEmpty()) {
      enterAttacker(robot, node.attacker());
    }
    List<String> order = new ArrayList<>(keras.mitigations().keySet());
    for (String mitigation : node.mitigations()) {
      click(robot, "#mitigations"); // a row in the middle of the table, then Home and Down
      List<KeyCode> down = new ArrayList<>(List.of(KeyCode.HOME));
      for (int row = 0; row < order.indexOf(mitigation); row++) {
        down.add(KeyCode.DOWN);
      }
      type(robot, down);
      assertThat(window.mitigations().selectedProperty().get()).as("mitigation chosen for '%s'",
          node.id()).isEqualTo(mitigation);
      click(robot, "#mitigation-attach");
      assertThat(window.document().tree().node(node.id()).mitigations()).as("attached")
          .contains(mitigation);
    }
    for (String child : node.children()) {
      build(robot, keras.node(child), node.id());
    }
    if (node.gate() != Gate.OR && !node.isLeaf()) {
      clickCard(robot, node.id());
      keys(robot, KeyCode.CONTROL, KeyCode.G);
    }
  }

  /** Clicks the card of {@code id}, fitting the tree into the view first when it is out of sight. */
  private void clickCard(FxRobot robot, String id) {
    Point2D centre = window.canvas().centreOf(id);
    if (centre.getX() < 0 || centre.getY() < 0 || centre.getX() > window.canvas().getWidth()
        || centre.getY() > window.canvas().getHeight()) {
      keys(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
      centre = window.canvas().centreOf(id);
    }
    click(robot, window.canvas().localToScreen(centre));
  }

  /**
   * Replaces the text of the field {@code query} by {@code text} and commits it: a click, Ctrl+A,
   * Ctrl+V, then Enter (Ctrl+Enter in a text area).
   */
  private static void replace(FxRobot robot, String query, String text) {
    replace(robot, query, text, KeyCode.ENTER);
  }

  /** Same, ending with {@code end} (null: nothing, the form's Apply button commits). */
  private static void replace(FxRobot robot, String query, String text, KeyCode end) {
    click(robot, field(robot, query));
    replaceFocused(robot, text, end);
  }

  private static void replaceFocused(FxRobot robot, String text, KeyCode end) {
    robot.interact(() -> {
      javafx.scene.Node focused = robot.targetWindow().getScene().getFocusOwner();
      Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
      Robot keyboard = new Robot();
      chord(keyboard, KeyCode.CONTROL, KeyCode.A);
      chord(keyboard, KeyCode.CONTROL, KeyCode.V);
      if (end != null && focused instanceof javafx.scene.control.TextArea) {
        chord(keyboard, KeyCode.CONTROL, end);
      } else if (end != null) {
        chord(keyboard, end);
      }
    });
  }

  /** Presses {@code chord}'s keys in order and releases them in reverse: Ctrl+Shift+T. */
  private static void keys(FxRobot robot, KeyCode... chord) {
    robot.interact(() -> chord(new Robot(), chord));
  }

  /** Types each of {@code codes}, one after the other. */
  private static void type(FxRobot robot, List<KeyCode> codes) {
    robot.interact(() -> {
      Robot keyboard = new Robot();
      codes.forEach(code -> chord(keyboard, code));
    });
  }

  private static void chord(Robot keyboard, KeyCode... chord) {
    for (KeyCode code : chord) {
      keyboard.keyPress(code);
    }
    for (int i = chord.length - 1; i >= 0; i--) {
      keyboard.keyRelease(chord[i]);
    }
  }

  private static void click(FxRobot robot, String query) {
    click(robot, robot.lookup(query).query());
  }

  private static void click(FxRobot robot, javafx.scene.Node node) {
    Bounds bounds = node.localToScreen(node.getLayoutBounds());
    click(robot, new Point2D(bounds.getCenterX(), bounds.getCenterY()));
  }

  /** Clicks at {@code point} with the glass mouse, the pointer put there at once. */
  private static void click(FxRobot robot, Point2D point) {
    robot.interact(() -> {
      Robot mouse = new Robot();
      mouse.mouseMove(point);
      mouse.mouseClick(MouseButton.PRIMARY);
    });
  }

  /** The control {@code query}, scrolled into sight if it is in a scroll pane. */
  private static javafx.scene.Node field(FxRobot robot, String query) {
    javafx.scene.Node node = robot.lookup(query).query();
    javafx.scene.Node parent = node.getParent();
    while (parent != null && !(parent instanceof ScrollPane)) {
      parent = parent.getParent();
    }
    if (parent == null) {
      return node;
    }
    ScrollPane pane = (ScrollPane) parent;
    Bounds view = pane.localToScene(pane.getLayoutBounds());
    Bounds bounds = node.localToScene(node.getLayoutBounds());
    if (bounds.getMinY() < view.getMinY() || bounds.getMaxY() > view.getMaxY()) {
      // what the scroll bar would do: Monocle's robot has no mouse wheel
      robot.interact(() -> pane.setVvalue(bounds.getMinY() < view.getMinY() ? 0 : 1));
    }
    return node;
  }

  private static String levels(Map<String, Double> scale) {
    return scale.entrySet().stream().map(level -> level.getKey() + ": "
        + Numbers.format(level.getValue())).collect(Collectors.joining("\n"));
  }

  private static AttackTree read(Path file) {
    try {
      return TreeReader.read(file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
