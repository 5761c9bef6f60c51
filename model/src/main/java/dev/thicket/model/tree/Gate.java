package dev.thicket.model.tree;

import java.util.Locale;
import java.util.Optional;

/** How a node combines its children. A node without children is a {@link #LEAF}: an attack step. */
public enum Gate {
  /** An attack step, estimated directly. */
  LEAF,
  /** Achieved when every child is achieved. */
  AND,
  /** Achieved when any child is achieved. */
  OR,
  /** Achieved when at least {@code k} children are achieved. */
  ATLEAST,
  /** Achieved when its one child is not (non-coherent; for fault trees imported from MEF). */
  NOT,
  /** Achieved when exactly one of its two children is (non-coherent). */
  XOR;

  /** Whether the gate can turn a success below into a failure above (NOT, XOR). */
  public boolean isNonCoherent() {
    return this == NOT || this == XOR;
  }

  /** The spelling used in files and JSON ({@code and}, {@code or}, ...); empty for a leaf. */
  public Optional<String> keyword() {
    return this == LEAF ? Optional.empty() : Optional.of(name().toLowerCase(Locale.ROOT));
  }

  /** The gate spelled {@code keyword} in a file, if any. {@code leaf} is not a keyword. */
  public static Optional<Gate> fromKeyword(String keyword) {
    for (Gate gate : values()) {
      if (gate != LEAF && gate.name().equalsIgnoreCase(keyword)) {
        return Optional.of(gate);
      }
    }
    return Optional.empty();
  }
}
