package dev.thicket.app.editor.viewmodel;

import dev.thicket.app.editor.layout.GhostedTree;
import dev.thicket.model.diff.ChangeKind;
import dev.thicket.model.diff.FieldChange;
import dev.thicket.model.diff.NodeChange;
import dev.thicket.model.diff.TreeDiff;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.VisibleText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the canvas shows of a comparison: for each card that differs from the other version, how
 * (added, changed, removed) and its tooltip; the removed nodes' old versions, drawn as ghosts;
 * and the tree to lay out ({@link GhostedTree}). Made for one open tree ({@link #open}): the
 * canvas applies it only while that tree is the document's.
 *
 * @param cards by open id (old id for a removed node), in the diff's order
 * @param ghosts the removed nodes' ids (old ids, none of them in {@code open})
 */
public record CardChanges(AttackTree open, AttackTree old, AttackTree layoutTree,
    Map<String, Card> cards, Set<String> ghosts) {
  /** Longest field value a tooltip shows before "…". */
  static final int MAX_VALUE_CHARS = 80;

  /** How a card differs from the other version. */
  public enum State { ADDED, CHANGED, REMOVED }

  /** One card's state and tooltip text. */
  public record Card(State state, String tooltip) {}

  public CardChanges {
    cards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cards));
    ghosts = Set.copyOf(ghosts);
  }

  /** The cards of {@code diff} of {@code old} (called {@code otherName}) → {@code open}. */
  public static CardChanges of(TreeDiff diff, AttackTree old, AttackTree open, String otherName) {
    Map<String, Card> cards = new LinkedHashMap<>();
    Map<String, String> newIds = new LinkedHashMap<>();
    List<String> removed = new ArrayList<>();
    String since = " since " + VisibleText.of(otherName);
    for (NodeChange node : diff.nodes()) {
      switch (node.kind()) {
        case ADDED -> cards.put(node.id(), new Card(State.ADDED, "Added" + since));
        case REMOVED -> {
          removed.add(node.id());
          cards.put(node.id(), new Card(State.REMOVED, "Removed" + since + " (not in the tree)"));
        }
        case RENAMED, CHANGED -> {
          if (node.kind() == ChangeKind.RENAMED) {
            newIds.put(node.oldId(), node.id());
          }
          cards.put(node.id(), new Card(State.CHANGED, changedText(node, since)));
        }
      }
    }
    return new CardChanges(open, old, GhostedTree.of(old, open, removed, newIds), cards,
        Set.copyOf(removed));
  }

  /** "Changed since older.yaml:" then one "field: old → new" line per field. */
  private static String changedText(NodeChange node, String since) {
    StringBuilder text = new StringBuilder("Changed").append(since).append(':');
    if (node.kind() == ChangeKind.RENAMED) {
      text.append("\nid: ").append(shown(node.oldId())).append(" → ").append(shown(node.id()));
    }
    for (FieldChange field : node.fields()) {
      text.append('\n').append(field.field()).append(": ").append(shown(field.before()))
          .append(" → ").append(shown(field.after()));
    }
    return text.toString();
  }

  private static String shown(String value) {
    if (value == null) {
      return "(none)";
    }
    String visible = VisibleText.of(value.replace('\n', ' '));
    return visible.length() <= MAX_VALUE_CHARS ? visible
        : visible.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }

  /** The state of {@code id}'s card, or null when it is as in the other version. */
  public State stateOf(String id) {
    Card card = cards.get(id);
    return card == null ? null : card.state();
  }
}
