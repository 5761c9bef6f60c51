package dev.thicket.model.io.mef;

import dev.thicket.model.io.xml.XmlPosition;
import dev.thicket.model.tree.Gate;
import java.util.List;

/** A formula of a {@code define-gate}, as written: a reference or a connective over formulas. */
sealed interface MefFormula {
  XmlPosition position();

  /** What a reference names: a gate, a basic event, or either ({@code event}). */
  enum Kind {
    GATE("gate"),
    BASIC_EVENT("basic-event"),
    EVENT("event");

    final String element;

    Kind(String element) {
      this.element = element;
    }
  }

  record Reference(Kind kind, String name, XmlPosition position) implements MefFormula {}

  /** {@code and}, {@code or}, {@code atleast} (with {@code k}), {@code not} or {@code xor}. */
  record Connective(String keyword, Gate gate, int k, List<MefFormula> arguments,
      XmlPosition position) implements MefFormula {
    public Connective {
      arguments = List.copyOf(arguments);
    }
  }
}
