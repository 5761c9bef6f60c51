package dev.thicket.model.analysis;

import dev.thicket.model.tree.AttackTree;
import java.util.Arrays;

/**
 * The minimal cut sets of at most three leaves of a coherent tree, by set algebra on the gates
 * (docs/analysis.md, "Cross-checks"): bottom-up, a gate's family is its children's combined by
 * union (OR), product (AND) or the at-least recurrence, every set over three leaves dropped and
 * every set holding another removed. Truncating by order is exact for the sets it keeps, and
 * nothing here shares code with the diagrams: a second method for the counts at low orders.
 * Mitigations are not counted (the inherent mode).
 */
public final class SmallCutSets {
  /** The largest order computed. */
  public static final int MAX_ORDER = 3;
  private static final int BITS = 21;
  private static final long SLOT = (1L << BITS) - 1;

  private SmallCutSets() {}

  /** Element i is the number of minimal cut sets of i leaves, for i = 0 … 3 (0 for a constant). */
  public static long[] countsByOrder(AttackTree tree) {
    TreeIndex index = new TreeIndex(tree);
    if (index.nonCoherent) {
      throw new IllegalArgumentException("minimal cut sets by set algebra need a coherent tree");
    }
    if (index.size >= SLOT) {
      throw new IllegalArgumentException("too many nodes for the cut-set codes: " + index.size);
    }
    long[][] family = new long[index.size][];
    int[] parentsLeft = new int[index.size];
    for (int i = 0; i < index.size; i++) {
      parentsLeft[i] = index.parents[i].length;
    }
    for (int i : index.bottomUp) {
      family[i] = switch (index.gate[i]) {
        case LEAF -> new long[] {i + 1L};
        case OR -> {
          long[] all = new long[0];
          for (int c : index.children[i]) {
            all = concat(all, family[c]);
          }
          yield minimal(all);
        }
        case AND -> {
          long[] all = {0L};
          for (int c : index.children[i]) {
            all = product(all, family[c]);
          }
          yield all;
        }
        case ATLEAST -> atLeast(index.k[i], index.children[i], family);
        default -> throw new IllegalStateException("not coherent: " + index.gate[i]);
      };
      for (int c : index.children[i]) {
        if (--parentsLeft[c] == 0 && c != index.root) {
          family[c] = null;
        }
      }
    }
    long[] counts = new long[MAX_ORDER + 1];
    for (long set : family[index.root]) {
      counts[size(set)]++;
    }
    return counts;
  }

  /** Sets where at least {@code k} children hold: at[j] ∪= at[j − 1] × child, child by child. */
  private static long[] atLeast(int k, int[] children, long[][] family) {
    long[][] at = new long[k + 1][];
    at[0] = new long[] {0L};
    for (int j = 1; j <= k; j++) {
      at[j] = new long[0];
    }
    for (int c : children) {
      for (int j = k; j >= 1; j--) {
        at[j] = minimal(concat(at[j], product(at[j - 1], family[c])));
      }
    }
    return at[k];
  }

  /**
   * The minimal sets of {f ∪ g : f in a, g in b, |f ∪ g| ≤ 3} for minimal families a and b. Only
   * pairs that can fit are visited: a set of three leaves combines only with its own subsets, and
   * two pairs only when they share a leaf.
   */
  private static long[] product(long[] a, long[] b) {
    if (isTrue(a) || isTrue(b)) {
      return isTrue(a) ? b : a;
    }
    long[][] as = bySize(a);
    long[][] bs = bySize(b);
    Sets out = new Sets();
    for (long[][] pair : new long[][][] {{as[1], bs[1]}, {as[1], bs[2]}, {as[2], bs[1]}}) {
      for (long f : pair[0]) {
        for (long g : pair[1]) {
          out.add(union(f, g));
        }
      }
    }
    supersetsOf(as[1], bs[3], out);
    supersetsOf(bs[1], as[3], out);
    supersetsOf(as[2], bs[3], out);
    supersetsOf(bs[2], as[3], out);
    supersetsOf(as[3], bs[3], out);
    long[][] byLeaf = byLeaf(bs[2]);
    for (long f : as[2]) {
      for (int s = 0; s < 2; s++) {
        long leaf = f >>> (BITS * s) & SLOT;
        int at = lowerBound(byLeaf[0], leaf);
        for (int i = at; i < byLeaf[0].length && byLeaf[0][i] == leaf; i++) {
          out.add(union(f, byLeaf[1][i]));
        }
      }
    }
    return minimal(out.toArray());
  }

  /** Adds each set of {@code larger} that holds a set of {@code smaller} (itself included). */
  private static void supersetsOf(long[] smaller, long[] larger, Sets out) {
    if (smaller.length == 0) {
      return;
    }
    for (long set : larger) {
      if (Arrays.binarySearch(smaller, set) >= 0 || holdsAnother(set, smaller)) {
        out.add(set);
      }
    }
  }

  /** The family's sets by their number of leaves (index 1 to 3), each sorted. */
  private static long[][] bySize(long[] family) {
    long[][] out = new long[MAX_ORDER + 1][];
    for (int size = 0; size <= MAX_ORDER; size++) {
      int n = 0;
      long[] of = new long[family.length];
      for (long set : family) {
        if (size(set) == size) {
          of[n++] = set;
        }
      }
      out[size] = Arrays.copyOf(of, n);
    }
    return out;
  }

  /** Pairs of leaves listed once under each of their leaves: {leaves, sets}, by leaf. */
  private static long[][] byLeaf(long[] pairs) {
    long[] keyed = new long[2 * pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      keyed[2 * i] = (pairs[i] & SLOT) << 32 | i;
      keyed[2 * i + 1] = (pairs[i] >>> BITS & SLOT) << 32 | i;
    }
    Arrays.sort(keyed);
    long[][] out = {new long[keyed.length], new long[keyed.length]};
    for (int i = 0; i < keyed.length; i++) {
      out[0][i] = keyed[i] >>> 32;
      out[1][i] = pairs[(int) keyed[i]];
    }
    return out;
  }

  private static int lowerBound(long[] sorted, long key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Whether the family is {∅}: always achieved (a minimal family holding ∅ holds nothing else). */
  private static boolean isTrue(long[] family) {
    return family.length == 1 && family[0] == 0;
  }

  /** A growing list of set codes; −1 (a union over three leaves) is not kept. */
  private static final class Sets {
    private long[] codes = new long[16];
    private int size;

    void add(long code) {
      if (code < 0) {
        return;
      }
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
      }
      codes[size++] = code;
    }

    long[] toArray() {
      return Arrays.copyOf(codes, size);
    }
  }

  /** The code of f ∪ g (leaves ascending from the lowest slot), or −1 over three leaves. */
  private static long union(long f, long g) {
    long code = 0;
    int size = 0;
    int i = 0;
    int j = 0;
    long a = f & SLOT;
    long b = g & SLOT;
    while (a != 0 || b != 0) {
      long next = b == 0 || (a != 0 && a <= b) ? a : b;
      if (a == next) {
        a = ++i < MAX_ORDER ? f >>> (BITS * i) & SLOT : 0;
      }
      if (b == next) {
        b = ++j < MAX_ORDER ? g >>> (BITS * j) & SLOT : 0;
      }
      if (size == MAX_ORDER) {
        return -1;
      }
      code |= next << (BITS * size++);
    }
    return code;
  }

  /** Sorted, without duplicates and without any set that holds another of the family. */
  private static long[] minimal(long[] sets) {
    long[] sorted = sets.clone();
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[unique++] = sorted[i];
      }
    }
    long[] family = Arrays.copyOf(sorted, unique);
    int kept = 0;
    long[] out = new long[unique];
    for (long set : family) {
      if (!holdsAnother(set, family)) {
        out[kept++] = set;
      }
    }
    return Arrays.copyOf(out, kept);
  }

  /** Whether a proper subset of {@code set} (the empty set included) is in {@code family}. */
  private static boolean holdsAnother(long set, long[] family) {
    int size = size(set);
    for (int mask = 0; mask < (1 << size) - 1; mask++) {
      long subset = 0;
      int at = 0;
      for (int s = 0; s < size; s++) {
        if ((mask >> s & 1) == 1) {
          subset |= (set >>> (BITS * s) & SLOT) << (BITS * at++);
        }
      }
      if (Arrays.binarySearch(family, subset) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int size(long set) {
    int size = 0;
    for (int s = 0; s < MAX_ORDER; s++) {
      size += (set >>> (BITS * s) & SLOT) != 0 ? 1 : 0;
    }
    return size;
  }

  private static long[] concat(long[] a, long[] b) {
    long[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
