package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.editor.layout.CanvasLayout;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Node;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A leaf card's pill leaves its figures room, a long level name included (measured text). */
@ExtendWith(ApplicationExtension.class)
class CardPillWindowTest {

  @Start
  void start(Stage stage) {
    stage.show(); // the toolkit measures text in the fonts the window uses
  }

  @Test
  void aVeryLowStepDropsItsPrefixToLeaveTheFiguresRoom(FxRobot robot) {
    CardPainter painter = new CardPainter();
    double room = CanvasLayout.BOX_WIDTH - 2 * 8 + 3;
    String figures = "P 0.05  ▼0.00083"; // as a library tree's very-low step shows them
    for (String level : List.of("very-low", "very-high", "medium")) {
      Node step = Node.leaf("s", "Send push prompts", Estimate.level(level));
      String[] pill = new String[1];
      double[] width = new double[1];
      robot.interact(() -> {
        pill[0] = painter.pillText(step, 0, figures, CanvasLayout.BOX_WIDTH);
        width[0] = painter.infoWidth(pill[0]) + 10 + 8 + painter.infoWidth(figures);
      });

      assertThat(pill[0]).as(level).endsWith("L " + level);
      assertThat(width[0]).as(level).isLessThanOrEqualTo(room);
    }
  }
}
