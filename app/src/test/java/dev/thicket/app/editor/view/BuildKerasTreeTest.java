package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.viewmodel.RecentFiles;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.MitigationStatus;
import dev.thicket.model.tree.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Builds the Keras tree from File → New with the keyboard and mouse only (cards, the side panel,
 * the Mitigations tab), saves it and compares the saved file with {@code trees/keras.yaml}.
 * What the window cannot enter (the tree's title and description, a node's rationale, a
 * mitigation's id and description, the analysis settings) is left out of the comparison.
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
  void kerasTreeBuiltByHandSavesTheSameTree(FxRobot robot) {
    robot.clickOn("File").clickOn("New");
    robot.clickOn(robot.lookup(".tab-pane .tab").nth(1).queryAs(javafx.scene.Node.class));
    keras.mitigations().values().forEach(mitigation -> addMitigation(robot, mitigation));

    build(robot, keras.rootNode(), null);
    Path saved = folder.resolve("keras-by-hand.yaml");
    dialogs.toSave.add(saved);
    robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

    AttackTree built = read(saved);
    assertThat(nodes(built)).isEqualTo(nodes(keras));
    assertThat(mitigations(built)).isEqualTo(mitigations(keras));
    assertThat(built.root()).isEqualTo(keras.root());
  }

  private void addMitigation(FxRobot robot, Mitigation mitigation) {
    robot.clickOn("#mitigation-add");
    robot.clickOn("#mitigation-title").press(KeyCode.CONTROL).type(KeyCode.A)
        .release(KeyCode.CONTROL);
    paste(robot, mitigation.title());
    replace(robot, "#mitigation-effectiveness", "" + mitigation.effectiveness());
    replace(robot, "#mitigation-cost", "" + mitigation.cost());
    if (mitigation.status() != MitigationStatus.PLANNED) {
      robot.clickOn("#mitigation-status").clickOn(mitigation.status().name());
    }
    robot.clickOn("#mitigation-apply");
  }

  /** Adds {@code node} under {@code parent} (or fills in the root), then its children. */
  private void build(FxRobot robot, Node node, String parent) {
    if (parent != null) {
      clickCard(robot, parent);
      robot.type(KeyCode.TAB);
      paste(robot, node.title());
      robot.type(KeyCode.ENTER);
    } else {
      robot.clickOn(field(robot, "#field-title")).press(KeyCode.CONTROL).type(KeyCode.A)
          .release(KeyCode.CONTROL);
      paste(robot, node.title());
      robot.type(KeyCode.ENTER);
    }
    replace(robot, "#field-id", node.id());
    robot.type(KeyCode.ENTER);
    if (node.likelihood() != null) {
      replace(robot, "#field-likelihood", node.likelihood().toString());
      robot.type(KeyCode.ENTER);
    }
    if (node.impact() != null) {
      replace(robot, "#field-impact", node.impact().toString());
      robot.type(KeyCode.ENTER);
    }
    if (!node.references().isEmpty()) {
      robot.clickOn(field(robot, "#field-references"));
      paste(robot, String.join("\n", node.references()));
      robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    }
    List<String> order = new ArrayList<>(keras.mitigations().keySet());
    for (String mitigation : node.mitigations()) {
      robot.clickOn(robot.lookup("#mitigations .table-row-cell").queryAs(javafx.scene.Node.class))
          .type(KeyCode.HOME);
      for (int row = 0; row < order.indexOf(mitigation); row++) {
        robot.type(KeyCode.DOWN);
      }
      robot.clickOn("#mitigation-attach");
    }
    for (String child : node.children()) {
      build(robot, keras.node(child), node.id());
    }
    if (node.gate() != Gate.OR && !node.isLeaf()) {
      clickCard(robot, node.id());
      robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
    }
  }

  /** Clicks the card of {@code id}, fitting the tree into the view first when it is out of sight. */
  private void clickCard(FxRobot robot, String id) {
    Point2D centre = window.canvas().centreOf(id);
    if (centre.getX() < 0 || centre.getY() < 0 || centre.getX() > window.canvas().getWidth()
        || centre.getY() > window.canvas().getHeight()) {
      robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
      centre = window.canvas().centreOf(id);
    }
    robot.clickOn(window.canvas().localToScreen(centre));
  }

  private static void replace(FxRobot robot, String query, String text) {
    robot.clickOn(field(robot, query)).press(KeyCode.CONTROL).type(KeyCode.A)
        .release(KeyCode.CONTROL).write(text, 0);
  }

  /** Pastes {@code text} (Ctrl+V) where the focus is: long titles typed key by key are slow. */
  private static void paste(FxRobot robot, String text) {
    robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT,
        text)));
    robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
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

  /** The nodes' fields the window can enter, mitigations named by title. */
  private static Map<String, String> nodes(AttackTree tree) {
    return tree.nodes().values().stream().collect(Collectors.toMap(Node::id, node ->
        String.join(" | ", node.title(), node.gate() + "/" + node.k(),
            String.valueOf(node.children()), String.valueOf(node.likelihood()),
            String.valueOf(node.impact()), String.valueOf(node.references()),
            node.mitigations().stream().map(id -> tree.mitigations().get(id).title()).toList()
                .toString())));
  }

  private static List<String> mitigations(AttackTree tree) {
    return tree.mitigations().values().stream().map(mitigation -> String.join(" | ",
        mitigation.title(), "" + mitigation.effectiveness(), "" + mitigation.cost(),
        mitigation.status().name())).toList();
  }

  private static AttackTree read(Path file) {
    try {
      return TreeReader.read(file);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
