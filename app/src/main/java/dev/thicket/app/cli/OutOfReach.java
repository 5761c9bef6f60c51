package dev.thicket.app.cli;

import dev.thicket.exports.OutOfReachText;
import dev.thicket.model.analysis.Mode;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.io.PrintWriter;

/** What {@code analyze} says when the exact analysis is out of reach: why, then an estimate. */
final class OutOfReach {
  private OutOfReach() {}

  /** Prints the reason and the estimate on {@code err}; the exit code of a failed analysis. */
  static int report(AttackTree tree, Mode mode, RuntimeException tooLarge, PrintWriter err) {
    err.println("thicket analyze: no exact analysis: " + VisibleText.of(tooLarge.getMessage()));
    err.flush();
    err.println(OutOfReachText.estimate(tree, mode));
    err.flush();
    return ExitCodes.ERROR;
  }
}
