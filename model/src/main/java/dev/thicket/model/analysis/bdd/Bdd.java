package dev.thicket.model.analysis.bdd;

/**
 * A reduced ordered binary decision diagram manager over variables {@code 0..n-1}, ordered by
 * index. Nodes are ints: {@link #FALSE}, {@link #TRUE}, or an index into flat arrays, allocated
 * children-first, so every node's children have smaller indices than the node itself (which
 * lets probabilities be computed in one ascending pass, without recursion).
 *
 * <p>{@link #and} and {@link #or} use a lossy direct-mapped operation cache; their recursion depth
 * is bounded by the number of variables, so callers with deep diagrams run them on a thread with
 * a large stack ({@code DeepStack}). Reference: R. E. Bryant, "Graph-Based Algorithms for Boolean
 * Function Manipulation", IEEE Trans. Computers, 1986.
 */
public final class Bdd {
  public static final int FALSE = 0;
  public static final int TRUE = 1;

  private static final int OP_AND = 0;
  private static final int OP_OR = 1;
  private static final int OP_XOR = 2;
  private static final int OP_NOT = 3;
  private static final int OP_DIFFERENCE = 4;
  /** Bits of a cache key's second word that hold the operation. */
  private static final int OP_BITS = 3;

  private final int variableCount;
  private final NodeTable nodes;
  private final PairWalks pairs;
  private final AndOr fused;

  /** Keys are the right operand shifted left by {@link #OP_BITS} plus the operation. */
  private final OperationCache cache = new OperationCache(1 << 16, OP_BITS);
  private final Runnable checkpoint;
  private int applyCalls;
  /** The number of nodes left by the last {@link #collect}: older marks are invalid. */
  private int collectedAt = 2;

  private NodeWalks walks;

  public Bdd(int variableCount) {
    this(variableCount, () -> {});
  }

  /** @param checkpoint run every 65,536 new nodes; may throw to stop a long computation */
  public Bdd(int variableCount, Runnable checkpoint) {
    this(variableCount, checkpoint, Integer.MAX_VALUE);
  }

  /**
   * @param checkpoint run every 65,536 new nodes; may throw to stop a long computation
   * @param nodeBudget more nodes than this throw {@link BddTooLargeException}
   */
  public Bdd(int variableCount, Runnable checkpoint, int nodeBudget) {
    this.variableCount = variableCount;
    this.nodes = new NodeTable(checkpoint, nodeBudget);
    this.pairs = new PairWalks(nodes);
    this.fused = new AndOr(this, nodes);
    this.checkpoint = checkpoint;
    this.walks = new NodeWalks(nodes, variableCount);
  }

  /**
   * A manager of its own holding the nodes reachable from {@code roots}, renumbered as {@link
   * #collect} would, while this one stays as it is: a second thread can then make and roll back
   * nodes in it, and it holds no garbage. Its operation caches start empty. Not while temporary
   * nodes are kept apart ({@link #keepTemporaryApart}).
   *
   * @param checkpoint the copy's own: run every 65,536 new nodes, may throw to stop it
   * @param renumbered filled with old node → node in the copy, -1 for a node not kept; length at
   *     least {@link #size}
   */
  public Bdd copyKeeping(int[] roots, Runnable checkpoint, int[] renumbered) {
    return new Bdd(this, roots, checkpoint, renumbered);
  }

  private Bdd(Bdd original, int[] roots, Runnable checkpoint, int[] renumbered) {
    this.variableCount = original.variableCount;
    this.nodes = original.nodes.copyKeeping(roots, checkpoint, renumbered);
    this.pairs = new PairWalks(nodes);
    this.fused = new AndOr(this, nodes);
    this.checkpoint = checkpoint;
    this.walks = new NodeWalks(nodes, variableCount);
    this.collectedAt = nodes.size;
    cache.fit(nodes.size);
  }

  public int variableCount() {
    return variableCount;
  }

  /** Number of nodes allocated so far, terminals included. */
  public int size() {
    return nodes.size;
  }

  /** Number of nodes made so far, those dropped by {@link #collect} included. */
  public long nodesMade() {
    return nodes.size + nodes.collected;
  }

  /** The variable tested at {@code node}; {@code Integer.MAX_VALUE} for a terminal. */
  public int variable(int node) {
    return nodes.variable(node);
  }

  public int low(int node) {
    return nodes.low(node);
  }

  public int high(int node) {
    return nodes.high(node);
  }

  /** The function "variable {@code v} is true". */
  public int variableNode(int v) {
    if (v < 0 || v >= variableCount) {
      throw new IllegalArgumentException("no variable " + v);
    }
    return make(v, FALSE, TRUE);
  }

  public int and(int f, int g) {
    if (f == FALSE || g == FALSE) {
      return FALSE;
    }
    if (f == TRUE) {
      return g;
    }
    if (g == TRUE || f == g) {
      return f;
    }
    return apply(OP_AND, Math.min(f, g), Math.max(f, g));
  }

  public int or(int f, int g) {
    if (f == TRUE || g == TRUE) {
      return TRUE;
    }
    if (f == FALSE) {
      return g;
    }
    if (g == FALSE || f == g) {
      return f;
    }
    return apply(OP_OR, Math.min(f, g), Math.max(f, g));
  }

  public int xor(int f, int g) {
    if (f == g) {
      return FALSE;
    }
    if (f == FALSE) {
      return g;
    }
    if (g == FALSE) {
      return f;
    }
    if (f == TRUE) {
      return not(g);
    }
    if (g == TRUE) {
      return not(f);
    }
    return apply(OP_XOR, Math.min(f, g), Math.max(f, g));
  }

  /** f ∧ ¬g, without building ¬g. */
  public int difference(int f, int g) {
    if (f == FALSE || g == TRUE || f == g) {
      return FALSE;
    }
    if (g == FALSE) {
      return f;
    }
    if (f == TRUE) {
      return not(g);
    }
    return apply(OP_DIFFERENCE, f, g);
  }

  public int not(int f) {
    if (f <= TRUE) {
      return 1 - f;
    }
    return apply(OP_NOT, f, f);
  }

  /** (a ∧ b) ∨ c, without making a ∧ b ({@link AndOr}). */
  public int andOr(int a, int b, int c) {
    return fused.andOr(a, b, c);
  }

  /** (a ∨ b) ∧ c, without making a ∨ b ({@link AndOr}). */
  public int orAnd(int a, int b, int c) {
    return fused.orAnd(a, b, c);
  }

  private int apply(int op, int f, int g) {
    if ((++applyCalls & 0xFFFFF) == 0) {
      // Long runs of cache hits create no node: poll for cancellation here too, and let the
      // cache grow with the diagram (about one entry per node, as in CUDD).
      checkpoint.run();
      cache.fit(nodes.size);
    }
    int key = (g << OP_BITS) + op;
    int slot = cache.slot(f, key);
    int cached = cache.get(slot, f, key);
    if (cached >= 0) {
      return cached;
    }
    int vf = nodes.variable(f);
    int vg = nodes.variable(g);
    int v = Math.min(vf, vg);
    int f0 = vf == v ? nodes.low(f) : f;
    int f1 = vf == v ? nodes.high(f) : f;
    int g0 = vg == v ? nodes.low(g) : g;
    int g1 = vg == v ? nodes.high(g) : g;
    int result = switch (op) {
      case OP_AND -> make(v, and(f0, g0), and(f1, g1));
      case OP_OR -> make(v, or(f0, g0), or(f1, g1));
      case OP_XOR -> make(v, xor(f0, g0), xor(f1, g1));
      case OP_DIFFERENCE -> make(v, difference(f0, g0), difference(f1, g1));
      default -> make(v, not(f0), not(f1));
    };
    cache.put(slot, f, key, result);
    return result;
  }

  /** Lifts the node budget (it chose a variable order; built diagrams are bounded by memory). */
  public void liftNodeBudget() {
    nodes.liftBudget();
  }

  /** Throws {@link BddTooLargeException} rather than make over {@code budget} nodes in all. */
  public void limitNodeBudget(int budget) {
    nodes.limitBudget(budget);
  }

  /**
   * Garbage collection: keeps only the nodes of the functions in {@code roots} (and the
   * terminals), renumbered in their old order, so children still come before parents; the
   * operation cache is emptied. Returns the renumbering, old node → new node (-1 for a node
   * dropped): the caller must renumber every node it holds, and no {@link #mark} taken before
   * stays valid. O(nodes allocated).
   */
  public int[] collect(int[] roots) {
    int[] renumbered = nodes.collect(roots);
    cache.clear();
    fused.invalidate();
    collectedAt = nodes.size;
    walks = new NodeWalks(nodes, variableCount);
    return renumbered;
  }

  /** A point to {@link #rollback} to: the current number of nodes. */
  public int mark() {
    return nodes.size;
  }

  /**
   * Forgets every node made since {@code mark} was taken: their numbers are reused afterwards.
   * Nodes older than the mark, and every function built from them only, stay as they were.
   */
  public void rollback(int mark) {
    if (mark < collectedAt) {
      throw new IllegalArgumentException("mark " + mark + " was taken before a collection");
    }
    nodes.rollback(mark);
    cache.rolledBack(mark);
    fused.invalidate();
  }

  /**
   * Enters the nodes made from now on in a unique table of their own, sized to them, until the
   * next call or {@link #mergeTemporary} (nodes kept apart before are entered with the others
   * first). A node with a child made since is looked up there only, so a computation that makes
   * and rolls back many nodes over a diagram of millions probes a small table, and a rollback past
   * all of them drops that table instead of removing each entry. The diagrams are the same node
   * for node. O(nodes kept apart before).
   */
  public void keepTemporaryApart() {
    nodes.keepTemporaryApart();
  }

  /** Enters the nodes kept apart that are left with the others (O(their number)). */
  public void mergeTemporary() {
    nodes.mergeTemporary();
  }

  /** The unique node testing {@code v} with the given branches. */
  public int make(int v, int lowBranch, int highBranch) {
    return lowBranch == highBranch ? lowBranch : nodes.findOrAdd(v, lowBranch, highBranch);
  }

  /**
   * The probability of every node, given independent variable probabilities. A variable v with
   * {@code variableFunction[v] >= 0} stands for that (earlier-built) node's function and takes its
   * probability. One ascending pass over all nodes: O(size).
   */
  public double[] probabilities(double[] variableProbability, int[] variableFunction) {
    double[] probability = new double[nodes.size];
    probability[TRUE] = 1.0;
    for (int node = 2; node < nodes.size; node++) {
      int v = nodes.variable(node);
      double p = variableFunction[v] >= 0 ? probability[variableFunction[v]] : variableProbability[v];
      probability[node] = p * probability[nodes.high(node)] + (1 - p) * probability[nodes.low(node)];
    }
    return probability;
  }

  /** The non-terminal nodes of {@code f}, by ascending variable ({@link NodeWalks}). */
  public int[] nodesByVariable(int f) {
    return walks.nodesByVariable(f);
  }

  /** The non-terminal nodes of {@code f}, in descending order (parents before children). */
  public int[] nodesOf(int f) {
    return walks.nodesOf(f);
  }

  /** ∂P(f)/∂P(v) for every variable v tested in f, added into {@code derivative[v]}. */
  public void addDerivatives(int f, double[] nodeProbability, double[] variableProbability,
      double[] derivative) {
    walks.addDerivatives(f, nodeProbability, variableProbability, derivative);
  }

  /** P(f ∧ g), without building f ∧ g ({@link PairWalks#both}). */
  public double probabilityOfBoth(int f, int g, double[] nodeProbability, PairMemo memo) {
    return pairs.both(f, g, nodeProbability, memo);
  }

  /** P(f ∨ g), without building f ∨ g ({@link PairWalks#either}). */
  public double probabilityOfEither(int f, int g, double[] nodeProbability, PairMemo memo) {
    return pairs.either(f, g, nodeProbability, memo);
  }

  static long mix(long a, long b) {
    long h = a * 0x9E3779B97F4A7C15L + b;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return h ^ (h >>> 32);
  }
}
