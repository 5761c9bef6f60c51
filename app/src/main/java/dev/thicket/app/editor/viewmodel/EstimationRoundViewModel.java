package dev.thicket.app.editor.viewmodel;

import dev.thicket.model.edit.PutMitigation;
import dev.thicket.model.edit.ReplaceNode;
import dev.thicket.model.estimation.RoundSummary;
import dev.thicket.model.estimation.Rounds;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.Mitigation;
import dev.thicket.model.tree.Node;
import dev.thicket.model.tree.Numbers;
import dev.thicket.model.tree.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An estimation round (Edit → Estimation round…, Ctrl+E): participants enter one estimate each
 * for a leaf's likelihood or a mitigation's effectiveness, hidden until the facilitator reveals
 * them; then the median, or min..median..max as a range, is taken as the value together with
 * every vote of the session's rounds (one undoable edit), or another round starts.
 */
public final class EstimationRoundViewModel {
  /** What a round estimates. */
  public enum Kind { LIKELIHOOD, EFFECTIVENESS }

  /** A leaf's likelihood or a mitigation's effectiveness. */
  public record Target(Kind kind, String id, String title) {
    @Override
    public String toString() {
      return (kind == Kind.LIKELIHOOD ? "likelihood of '" : "effectiveness of '") + title + "'";
    }
  }

  private final DocumentViewModel document;
  private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
  private final ObservableList<Vote> entered = FXCollections.observableArrayList();
  private final List<Vote> earlierRounds = new ArrayList<>();
  private final ObjectProperty<RoundSummary> revealed = new SimpleObjectProperty<>();
  private final StringProperty error = new SimpleStringProperty("");
  private int round;

  public EstimationRoundViewModel(DocumentViewModel document) {
    this.document = document;
  }

  /** What the selected node offers: its likelihood when a leaf, then its mitigations'. */
  public List<Target> targetsOfSelected() {
    AttackTree tree = document.tree();
    String id = document.selectedProperty().get();
    Node node = id == null ? null : tree.nodes().get(id);
    List<Target> targets = new ArrayList<>();
    if (node == null) {
      return targets;
    }
    if (node.isLeaf()) {
      targets.add(new Target(Kind.LIKELIHOOD, node.id(), node.title()));
    }
    for (String mitigation : node.mitigations()) {
      targets.add(new Target(Kind.EFFECTIVENESS, mitigation,
          tree.mitigations().get(mitigation).title()));
    }
    return targets;
  }

  /** Starts a fresh round on {@code chosen}, numbered after the rounds it already has. */
  public void start(Target chosen) {
    target.set(chosen);
    entered.clear();
    earlierRounds.clear();
    revealed.set(null);
    error.set("");
    round = Rounds.next(kept(chosen));
  }

  public ObjectProperty<Target> targetProperty() {
    return target;
  }

  /** This round's votes, in the order entered (a view hides their values until revealed). */
  public ObservableList<Vote> entered() {
    return entered;
  }

  /** The revealed round's summary; {@code null} while the votes are hidden. */
  public ObjectProperty<RoundSummary> revealedProperty() {
    return revealed;
  }

  /** Why the last entry was refused; empty when it was taken. */
  public StringProperty errorProperty() {
    return error;
  }

  public int round() {
    return round;
  }

  /** The level names an estimate may use ({@code high}), with their values. */
  public Map<String, Double> scale() {
    Target current = target.get();
    return current != null && current.kind() == Kind.LIKELIHOOD
        ? document.tree().scales().likelihood() : Map.of();
  }

  /**
   * Takes {@code initials}' estimate {@code text} (a level of the scale or a number in [0,1]);
   * false, with the reason in {@link #errorProperty}, when it is not one, when the initials
   * already estimated this round, or after the reveal.
   */
  public boolean add(String initials, String text) {
    String by = initials == null ? "" : initials.strip();
    String refusal = null;
    Estimate value = null;
    if (revealed.get() != null) {
      refusal = "the round is revealed: take a value or start another round";
    } else if (by.isEmpty()) {
      refusal = "initials first: who gives this estimate?";
    } else if (entered.stream().anyMatch(vote -> vote.by().equalsIgnoreCase(by))) {
      refusal = by + " has estimated this round already";
    } else {
      try {
        value = Estimate.parse(text == null ? "" : text, scale(), "an estimate",
            "between 0 and 1");
        refusal = value == null ? "an estimate: a level (" + String.join(", ", scale().keySet())
            + ") or a number in [0,1]" : value.isRange() ? "one value per person; the round "
            + "gives the range" : !(value.resolve(scale()) >= 0 && value.resolve(scale()) <= 1)
            ? "an estimate is in [0,1], not " + Numbers.format(value.resolve(scale())) : null;
      } catch (IllegalArgumentException unparsable) {
        refusal = unparsable.getMessage();
      }
    }
    error.set(refusal == null ? "" : refusal);
    if (refusal != null) {
      return false;
    }
    entered.add(new Vote(by, value, round));
    return true;
  }

  /** Shows every vote of this round and their spread. */
  public void reveal() {
    if (!entered.isEmpty()) {
      revealed.set(RoundSummary.of(entered, scale()));
    }
  }

  /** Keeps this round's votes and starts the next one, hidden again. */
  public void anotherRound() {
    round++; // first: a view redraws as the votes are cleared
    earlierRounds.addAll(entered);
    error.set("");
    revealed.set(null);
    entered.clear();
  }

  /** Takes the revealed median as the value. */
  public boolean acceptMedian() {
    return revealed.get() != null && accept(revealed.get().median().value());
  }

  /** Takes the revealed min..median..max as a range. */
  public boolean acceptRange() {
    return revealed.get() != null && accept(revealed.get().range());
  }

  private boolean accept(Estimate value) {
    Target current = target.get();
    List<Vote> votes = new ArrayList<>(kept(current));
    votes.addAll(earlierRounds);
    votes.addAll(entered);
    AttackTree tree = document.tree();
    boolean done = current.kind() == Kind.LIKELIHOOD
        ? document.edit(new ReplaceNode(tree.node(current.id()).withLikelihood(value)
            .withEstimates(votes), "likelihood by estimation round"))
        : document.edit(new PutMitigation(tree.mitigations().get(current.id())
            .withEffectiveness(value).withEstimates(votes)));
    if (done) {
      document.showMessage(capitalised(current.toString()) + " is now " + value + " from round "
          + round + " (" + entered.size() + " estimates); Undo takes it back");
    }
    return done;
  }

  private List<Vote> kept(Target of) {
    AttackTree tree = document.tree();
    if (of.kind() == Kind.LIKELIHOOD) {
      Node node = tree.nodes().get(of.id());
      return node == null ? List.of() : node.estimates();
    }
    Mitigation mitigation = tree.mitigations().get(of.id());
    return mitigation == null ? List.of() : mitigation.estimates();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
