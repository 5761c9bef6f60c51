package dev.thicket.app.editor.viewmodel;

import dev.thicket.exports.Decimals;
import dev.thicket.model.analysis.RangedValue;
import dev.thicket.model.analysis.TornadoBar;
import dev.thicket.model.tree.AttackTree;

/**
 * One bar of the Uncertainty tab's tornado, ready to show: the estimate's node or mitigation
 * title, what it is, its three points and the residual risk at its low and its high end (every
 * other estimate at its most likely value).
 *
 * @param title the node's or mitigation's title (its id when it has gone since)
 */
public record TornadoRow(String title, RangedValue value, double riskAtLow, double riskAtHigh) {

  /** {@code bar} with the title of its node or mitigation in {@code tree}. */
  static TornadoRow of(TornadoBar bar, AttackTree tree) {
    RangedValue value = bar.value();
    String id = value.id();
    String title = switch (value.kind()) {
      case EFFECTIVENESS -> tree.mitigations().containsKey(id)
          ? tree.mitigations().get(id).title() : id;
      case LIKELIHOOD, IMPACT -> tree.nodes().containsKey(id) ? tree.node(id).title() : id;
    };
    return new TornadoRow(title, value, bar.riskAtLow(), bar.riskAtHigh());
  }

  /** "likelihood 0.05 / 0.1 / 0.3": what the estimate is and its low, likely and high points. */
  public String points() {
    return value.kind().keyword() + " " + Decimals.of(value.low()) + " / "
        + Decimals.of(value.likely()) + " / " + Decimals.of(value.high());
  }

  public double swing() {
    return Math.abs(riskAtHigh - riskAtLow);
  }

  /** The lower of the two risks. */
  public double left() {
    return Math.min(riskAtLow, riskAtHigh);
  }

  /** The higher of the two risks. */
  public double right() {
    return Math.max(riskAtLow, riskAtHigh);
  }
}
