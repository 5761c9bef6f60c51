package dev.thicket.model.analysis.bdd;

/**
 * The two fused operations (a ∧ b) ∨ c and (a ∨ b) ∧ c of a {@link Bdd}, computed in one
 * recursion over the three operands, so that a ∧ b (or a ∨ b) is never made: only nodes of the
 * result are. A gate under a gate of the other kind, used by it alone, then costs no diagram of
 * its own (das9701: g16 = g20 ∧ g19 is 2.8 M nodes, the OR over it and its two siblings 1.35 M).
 * Memoised in a lossy direct-mapped cache of five ints an entry (about four entries a node),
 * emptied (in O(1), by epoch) whenever the manager renumbers or forgets nodes. Cost: at worst O(|a|·|b|·|c|), in practice
 * about the size of the result.
 */
final class AndOr {
  private static final int MAX_ENTRIES = 1 << 23;
  private static final int AND_OR = 0;
  private static final int OR_AND = 1;

  private final Bdd bdd;
  private final NodeTable nodes;
  /** a, b, c << 1 | operation, result, epoch; a = -1 when empty. */
  private int[] entries = new int[0];
  private int mask = -1;
  private int epoch;
  private int calls;

  AndOr(Bdd bdd, NodeTable nodes) {
    this.bdd = bdd;
    this.nodes = nodes;
  }

  /** Forgets every entry (nodes were renumbered or rolled back). O(1). */
  void invalidate() {
    epoch++;
  }

  /** (a ∧ b) ∨ c. */
  int andOr(int a, int b, int c) {
    if (a == Bdd.FALSE || b == Bdd.FALSE || c == Bdd.TRUE || a == c || b == c) {
      return c;
    }
    if (a == Bdd.TRUE || a == b) {
      return bdd.or(b, c);
    }
    if (b == Bdd.TRUE) {
      return bdd.or(a, c);
    }
    if (c == Bdd.FALSE) {
      return bdd.and(a, b);
    }
    return apply(AND_OR, Math.min(a, b), Math.max(a, b), c);
  }

  /** (a ∨ b) ∧ c. */
  int orAnd(int a, int b, int c) {
    if (a == Bdd.TRUE || b == Bdd.TRUE || c == Bdd.FALSE || a == c || b == c) {
      return c;
    }
    if (a == Bdd.FALSE || a == b) {
      return bdd.and(b, c);
    }
    if (b == Bdd.FALSE) {
      return bdd.and(a, c);
    }
    if (c == Bdd.TRUE) {
      return bdd.or(a, b);
    }
    return apply(OR_AND, Math.min(a, b), Math.max(a, b), c);
  }

  private int apply(int op, int a, int b, int c) {
    if ((++calls & 0xFFFF) == 0 || entries.length == 0) {
      fit();
    }
    int key = (c << 1) | op;
    int slot = (int) (Bdd.mix(Bdd.mix(a, b), key) & mask) * 5;
    if (entries[slot] == a && entries[slot + 1] == b && entries[slot + 2] == key
        && entries[slot + 4] == epoch) {
      return entries[slot + 3];
    }
    int va = nodes.variable(a);
    int vb = nodes.variable(b);
    int vc = nodes.variable(c);
    int v = Math.min(va, Math.min(vb, vc));
    int a0 = va == v ? nodes.low(a) : a;
    int a1 = va == v ? nodes.high(a) : a;
    int b0 = vb == v ? nodes.low(b) : b;
    int b1 = vb == v ? nodes.high(b) : b;
    int c0 = vc == v ? nodes.low(c) : c;
    int c1 = vc == v ? nodes.high(c) : c;
    int result = op == AND_OR
        ? bdd.make(v, andOr(a0, b0, c0), andOr(a1, b1, c1))
        : bdd.make(v, orAnd(a0, b0, c0), orAnd(a1, b1, c1));
    entries[slot] = a;
    entries[slot + 1] = b;
    entries[slot + 2] = key;
    entries[slot + 3] = result;
    entries[slot + 4] = epoch;
    return result;
  }

  /**
   * Grows, emptied, to about four entries per node of the table (a power of two): das9701's
   * g14 made 13.4 M calls with four, 17.5 M with one or two (the table grows while it is built).
   */
  private void fit() {
    int wanted = Math.min(MAX_ENTRIES, Math.max(1 << 12, Integer.highestOneBit(nodes.size) * 4));
    if (wanted > mask + 1) {
      entries = new int[5 * wanted];
      mask = wanted - 1;
      epoch++;
    }
  }
}
