package dev.thicket.app.editor.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.analysis.NodeImportance;
import dev.thicket.model.score.NodeScore;
import dev.thicket.model.tree.Gate;
import org.junit.jupiter.api.Test;

/**
 * A node pending in a large tree's first result, whose probability is not known yet either
 * (NaN, until the diagrams' dropped functions are built again): its card and the node panel say
 * so, where a known probability is shown as usual.
 */
class UnknownProbabilityTextTest {

  @Test
  void cardsAndTheNodePanelSayTheProbabilityIsBeingComputed() {
    NodeScore unknown = pending(Double.NaN);
    NodeScore known = pending(0.034);

    assertThat(CardPainter.figures(unknown)).isEqualTo("P …  ▼…");
    assertThat(NodePanelView.scoreText(unknown, false)).isEqualTo(
        "P being computed…\nrisk removed if blocked and importance: being computed…");
    assertThat(CardPainter.figures(known)).isEqualTo("P 0.034  ▼…");
    assertThat(NodePanelView.scoreText(known, false)).isEqualTo(
        "P 0.034\nrisk removed if blocked and importance: being computed…");
  }

  /** After a run whose importance went out of reach, no more is coming: the panel says so. */
  @Test
  void theNodePanelSaysWhatIsNotKnownOnceTheRunIsOver() {
    assertThat(NodePanelView.scoreText(pending(0.034), true)).isEqualTo(
        "P 0.034\nrisk removed if blocked and importance: not known (out of reach)");
    assertThat(NodePanelView.scoreText(pending(Double.NaN), true)).isEqualTo(
        "P not known (out of reach)\nrisk removed if blocked and importance: not known (out of "
            + "reach)");
  }

  private static NodeScore pending(double probability) {
    return new NodeScore(new NodeImportance("g1", "Gate 1", Gate.OR, probability, null, null,
        null, null, false, Double.NaN), NodeScore.PENDING, "OR");
  }
}
