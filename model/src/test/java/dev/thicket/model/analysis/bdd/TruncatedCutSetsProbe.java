package dev.thicket.model.analysis.bdd;

import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Gate;
import dev.thicket.model.tree.Node;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A developer tool, not a test: the minimal cut sets of a coherent tree (AND, OR, ATLEAST) up to
 * order K, by ZDD operations on the gate DAG, without any BDD: a leaf is {{x}}, an OR the
 * minimal sets of its children's union, an AND the minimal sets of their products. Each gate's
 * family is truncated to its budget, K minus a lower bound of the leaves any root cut set must
 * hold outside the gate (siblings under an AND with leaves disjoint from it, along the cheapest
 * path up; {@link TruncationBudgets}); for a coherent tree that is exact for every set of order
 * at most K. Prints the count by order: a second method for the BDD route's counts (it matched
 * baobab1, edf9203, edf9204 and das9209 at K = 20). The eleventh session's figures for nus9601
 * are in docs/NOTES.md.
 *
 * <pre>
 * javac -d /tmp/probe -cp app/target/thicket.jar \
 *     model/src/test/java/dev/thicket/model/analysis/bdd/TruncatedCutSetsProbe.java \
 *     model/src/test/java/dev/thicket/model/analysis/bdd/TruncationBudgets.java
 * java -Xmx8g -cp /tmp/probe:app/target/thicket.jar \
 *     dev.thicket.model.analysis.bdd.TruncatedCutSetsProbe ../shared/benchmarks/aralia/nus9601.xml 8 120
 * </pre>
 */
final class TruncatedCutSetsProbe {
  private static final int EMPTY = 0;
  private static final int BASE = 1;
  private static final int UNION = 1;
  private static final int PRODUCT = 2;
  private static final int TRUNCATE = 3;

  private final NodeTable nodes = new NodeTable(() -> {}, Integer.MAX_VALUE);
  private final long deadline;
  /** A lossy cache of union, product and truncation: packed key, result. */
  private final long[] cacheKeys = new long[1 << 24];
  private final int[] cacheValues = new int[1 << 24];
  private final PairIntMemo withoutMemo = new PairIntMemo();
  private int[] minimal = new int[1 << 16];
  /** 1 + the smallest set's order, 0 when not known yet. */
  private int[] minimumOrder = new int[1 << 16];
  private long calls;

  private TruncatedCutSetsProbe(long deadline) {
    this.deadline = deadline;
    Arrays.fill(cacheKeys, -1L);
    Arrays.fill(minimal, -1);
    withoutMemo.ensureCapacity(1 << 22);
  }

  public static void main(String[] args) throws Exception {
    AttackTree tree = TreeFiles.read(List.of(Path.of(args[0])));
    int k = Integer.parseInt(args[1]);
    long deadline = System.nanoTime() + (long) (Double.parseDouble(args[2]) * 1e9);
    Thread thread = new Thread(null, () -> new TruncatedCutSetsProbe(deadline).run(tree, k),
        "probe", 1L << 30);
    thread.start();
    thread.join();
  }

  private void run(AttackTree tree, int k) {
    long start = System.nanoTime();
    Map<String, Integer> variable = leavesDepthFirst(tree);
    Map<String, Integer> budget = TruncationBudgets.of(tree, k);
    Map<String, Integer> family = new HashMap<>();
    for (String id : tree.bottomUpOrder()) {
      Node node = tree.node(id);
      if (node.isLeaf()) {
        family.put(id, make(variable.get(id), EMPTY, BASE));
        continue;
      }
      int[] children = node.children().stream().mapToInt(family::get).toArray();
      int b = budget.get(id);
      long gateStart = System.nanoTime();
      int result = switch (node.gate()) {
        case OR -> {
          int union = EMPTY;
          for (int child : children) {
            union = union(union, truncate(child, b));
          }
          yield minimal(union);
        }
        case AND -> {
          int product = BASE;
          for (int child : children) {
            product = minimal(product(product, child, b));
          }
          yield product;
        }
        case ATLEAST -> atLeast(node.k(), children, b);
        default -> throw new IllegalArgumentException("not coherent: " + node.gate());
      };
      family.put(id, result);
      if (System.nanoTime() - gateStart > 1_000_000_000L) {
        System.out.printf("%s %s/%d: %.1f s, %,d nodes%n", id, node.gate(), children.length,
            (System.nanoTime() - gateStart) / 1e9, nodes.size);
      }
    }
    BigInteger[] byOrder = distribution(family.get(tree.root()), k, new HashMap<>());
    System.out.printf("by order %s, total %s; %.1f s, %,d nodes%n", Arrays.toString(byOrder),
        Arrays.stream(byOrder).reduce(BigInteger.ZERO, BigInteger::add),
        (System.nanoTime() - start) / 1e9, nodes.size);
  }

  private static Map<String, Integer> leavesDepthFirst(AttackTree tree) {
    Map<String, Integer> variable = new HashMap<>();
    Set<String> seen = new HashSet<>();
    ArrayDeque<String> stack = new ArrayDeque<>();
    stack.push(tree.root());
    while (!stack.isEmpty()) {
      String id = stack.pop();
      if (!seen.add(id)) {
        continue;
      }
      Node node = tree.node(id);
      if (node.isLeaf()) {
        variable.put(id, variable.size());
      }
      for (int i = node.children().size() - 1; i >= 0; i--) {
        stack.push(node.children().get(i));
      }
    }
    return variable;
  }

  private int make(int v, int low, int high) {
    return high == EMPTY ? low : nodes.findOrAdd(v, low, high);
  }

  private int cached(long key) {
    int slot = (int) (Bdd.mix(key, key >>> 32) & (cacheKeys.length - 1));
    return cacheKeys[slot] == key ? cacheValues[slot] : -1;
  }

  private int remember(long key, int value) {
    int slot = (int) (Bdd.mix(key, key >>> 32) & (cacheKeys.length - 1));
    cacheKeys[slot] = key;
    cacheValues[slot] = value;
    return value;
  }

  private static long key(int operation, int a, int b, int order) {
    return ((long) operation << 61) | ((long) order << 56) | ((long) a << 28) | b;
  }

  private int union(int p, int q) {
    if (p == EMPTY || p == q) {
      return q;
    }
    if (q == EMPTY) {
      return p;
    }
    long key = key(UNION, Math.min(p, q), Math.max(p, q), 0);
    int known = cached(key);
    if (known >= 0) {
      return known;
    }
    int vp = nodes.variable(p);
    int vq = nodes.variable(q);
    int result = vp < vq ? make(vp, union(nodes.low(p), q), nodes.high(p))
        : vq < vp ? make(vq, union(p, nodes.low(q)), nodes.high(q))
        : make(vp, union(nodes.low(p), nodes.low(q)), union(nodes.high(p), nodes.high(q)));
    return remember(key, result);
  }

  /** The order of the smallest set of {@code p}, 2^20 for the empty family. */
  private int order(int p) {
    if (p <= BASE) {
      return p == EMPTY ? 1 << 20 : 0;
    }
    grow(p);
    if (minimumOrder[p] == 0) {
      minimumOrder[p] = 1 + Math.min(order(nodes.low(p)), order(nodes.high(p)) + 1);
    }
    return minimumOrder[p] - 1;
  }

  private void grow(int node) {
    if (node >= minimumOrder.length) {
      int size = Math.max(node + 1, minimumOrder.length * 2);
      int old = minimal.length;
      minimumOrder = Arrays.copyOf(minimumOrder, size);
      minimal = Arrays.copyOf(minimal, size);
      Arrays.fill(minimal, old, size, -1);
    }
  }

  /** The sets of {@code p} of at most {@code k} elements. */
  private int truncate(int p, int k) {
    if (p <= BASE) {
      return p;
    }
    if (order(p) > k) {
      return EMPTY;
    }
    if (k == 0) {
      return BASE;
    }
    long key = key(TRUNCATE, p, 0, k);
    int known = cached(key);
    return known >= 0 ? known : remember(key,
        make(nodes.variable(p), truncate(nodes.low(p), k), truncate(nodes.high(p), k - 1)));
  }

  /** {a ∪ b : a ∈ p, b ∈ q, |a ∪ b| ≤ k}. */
  private int product(int p, int q, int k) {
    if (p == EMPTY || q == EMPTY || order(p) > k || order(q) > k) {
      return EMPTY;
    }
    if (p == BASE || q == BASE) {
      return truncate(p == BASE ? q : p, k);
    }
    if ((++calls & 0xFFFFF) == 0 && System.nanoTime() > deadline) {
      throw new IllegalStateException("deadline, " + nodes.size + " nodes");
    }
    long key = key(PRODUCT, Math.min(p, q), Math.max(p, q), k);
    int known = cached(key);
    if (known >= 0) {
      return known;
    }
    int vp = nodes.variable(p);
    int vq = nodes.variable(q);
    int result;
    if (vp != vq) {
      int first = vp < vq ? p : q;
      int other = vp < vq ? q : p;
      result = make(nodes.variable(first), product(nodes.low(first), other, k),
          product(nodes.high(first), other, k - 1));
    } else {
      int p0 = nodes.low(p);
      int p1 = nodes.high(p);
      int q0 = nodes.low(q);
      int q1 = nodes.high(q);
      int with = union(union(product(p1, q1, k - 1), product(p1, q0, k - 1)),
          product(p0, q1, k - 1));
      result = make(vp, product(p0, q0, k), with);
    }
    return remember(key, result);
  }

  /** The minimal sets of {@code p} (Rauzy). */
  private int minimal(int p) {
    if (p <= BASE) {
      return p;
    }
    grow(p);
    if (minimal[p] < 0) {
      int low = minimal(nodes.low(p));
      int result = make(nodes.variable(p), low, without(minimal(nodes.high(p)), low));
      grow(result);
      minimal[p] = result;
      minimal[result] = result;
    }
    return minimal[p];
  }

  /** The sets of {@code p} that contain no set of {@code q}. */
  private int without(int p, int q) {
    if (q == EMPTY || p == EMPTY) {
      return p;
    }
    if (q == BASE || p == q) {
      return EMPTY;
    }
    if (p == BASE) {
      return nodes.lowestTerminal(q) == BASE ? EMPTY : BASE;
    }
    int known = withoutMemo.get(p, q);
    if (known >= 0) {
      return known;
    }
    int vp = nodes.variable(p);
    int vq = nodes.variable(q);
    int result = vp < vq ? make(vp, without(nodes.low(p), q), without(nodes.high(p), q))
        : vp > vq ? without(p, nodes.low(q))
        : make(vp, without(nodes.low(p), nodes.low(q)),
            without(without(nodes.high(p), nodes.high(q)), nodes.low(q)));
    withoutMemo.put(p, q, result);
    return result;
  }

  /** At least m of the children: atLeast(i, j) = c_i × atLeast(i+1, j−1) ∪ atLeast(i+1, j). */
  private int atLeast(int m, int[] children, int k) {
    int n = children.length;
    int[] next = new int[m + 1];
    next[0] = BASE;
    for (int i = n - 1; i >= 0; i--) {
      int[] current = new int[m + 1];
      current[0] = BASE;
      for (int j = 1; j <= m; j++) {
        current[j] = n - i < j ? EMPTY
            : minimal(union(product(children[i], next[j - 1], k), next[j]));
      }
      next = current;
    }
    return next[m];
  }

  private BigInteger[] distribution(int p, int k, Map<Integer, BigInteger[]> memo) {
    BigInteger[] result = new BigInteger[k + 1];
    Arrays.fill(result, BigInteger.ZERO);
    if (p <= BASE) {
      result[0] = p == BASE ? BigInteger.ONE : BigInteger.ZERO;
      return result;
    }
    BigInteger[] known = memo.get(p);
    if (known != null) {
      return known;
    }
    BigInteger[] low = distribution(nodes.low(p), k, memo);
    BigInteger[] high = distribution(nodes.high(p), k, memo);
    for (int i = 0; i <= k; i++) {
      result[i] = i > 0 ? low[i].add(high[i - 1]) : low[i];
    }
    memo.put(p, result);
    return result;
  }
}
