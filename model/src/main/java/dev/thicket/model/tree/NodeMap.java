package dev.thicket.model.tree;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * A tree's nodes by id, in file order: an unmodifiable map over an array of nodes and an {@link
 * IdIndex} of their ids, which {@link TreeStructure} shares. No entry objects: a linked hash map
 * of a million nodes held 48 MB of entries, and building it was a quarter of rebuilding a tree.
 */
final class NodeMap extends AbstractMap<String, Node> {
  private final String[] ids;
  private final Node[] nodes;
  private final IdIndex index;

  private NodeMap(String[] ids, Node[] nodes, IdIndex index) {
    this.ids = ids;
    this.nodes = nodes;
    this.index = index;
  }

  /**
   * The map of {@code nodes}, in their order.
   *
   * @throws InvalidTreeException when two nodes have one id
   */
  static NodeMap of(List<Node> nodes) {
    return of(nodes, null);
  }

  /**
   * As {@link #of(List)}; when {@code nodes} begin with the ids of {@code previous} (null for
   * none), in its order, and only add others (an edit that appends), its id index is extended
   * instead of built anew.
   */
  static NodeMap of(List<Node> nodes, NodeMap previous) {
    Node[] array = nodes.toArray(new Node[0]);
    String[] ids = new String[array.length];
    int kept = 0; // leading positions holding previous's ids
    if (previous != null && previous.ids.length < array.length) {
      while (kept < previous.ids.length && (array[kept] == previous.nodes[kept]
          || array[kept].id().equals(previous.ids[kept]))) {
        ids[kept] = previous.ids[kept];
        kept++;
      }
    }
    for (int i = kept; i < array.length; i++) {
      ids[i] = array[i].id();
    }
    IdIndex index = previous != null && kept == previous.ids.length
        ? previous.index.extendedTo(ids) : new IdIndex(ids);
    if (index.firstRepeat() >= 0) {
      String id = ids[index.firstRepeat()];
      throw new InvalidTreeException(
          List.of(TreeProblem.node(id, null, "duplicate node id '" + id + "'")));
    }
    return new NodeMap(ids, array, index);
  }

  /**
   * This map with {@code changed} nodes in place of those of the same ids, or {@code null} when
   * one of them is new.
   */
  NodeMap replacing(Collection<Node> changed) {
    Node[] copy = nodes.clone();
    for (Node node : changed) {
      int at = index.indexOf(node.id());
      if (at < 0) {
        return null;
      }
      copy[at] = node;
    }
    return new NodeMap(ids, copy, index);
  }

  /** The ids in file order; not a copy, never change it. */
  String[] ids() {
    return ids;
  }

  IdIndex index() {
    return index;
  }

  /** The node at position {@code at} in file order. */
  Node at(int at) {
    return nodes[at];
  }

  @Override
  public Node get(Object key) {
    int at = key instanceof String id ? index.indexOf(id) : -1;
    return at < 0 ? null : nodes[at];
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String id && index.indexOf(id) >= 0;
  }

  @Override
  public int size() {
    return nodes.length;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Node> action) {
    for (int i = 0; i < nodes.length; i++) {
      action.accept(ids[i], nodes[i]);
    }
  }

  @Override
  public Set<String> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<String> iterator() {
        return new ArrayIterator<>(nodes.length, i -> ids[i]);
      }

      @Override
      public int size() {
        return nodes.length;
      }

      @Override
      public boolean contains(Object key) {
        return containsKey(key);
      }

      @Override
      public Object[] toArray() {
        return ids.clone();
      }

      @Override
      public <T> T[] toArray(T[] array) {
        return Arrays.asList(ids).toArray(array);
      }
    };
  }

  @Override
  public Collection<Node> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<Node> iterator() {
        return new ArrayIterator<>(nodes.length, i -> nodes[i]);
      }

      @Override
      public int size() {
        return nodes.length;
      }

      @Override
      public Object[] toArray() {
        return nodes.clone();
      }

      @Override
      public <T> T[] toArray(T[] array) {
        return Arrays.asList(nodes).toArray(array);
      }
    };
  }

  @Override
  public Set<Map.Entry<String, Node>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Node>> iterator() {
        return new ArrayIterator<>(nodes.length,
            i -> new AbstractMap.SimpleImmutableEntry<>(ids[i], nodes[i]));
      }

      @Override
      public int size() {
        return nodes.length;
      }
    };
  }

  /** Positions 0 to size - 1, each made an element by {@code element}; read-only. */
  private static final class ArrayIterator<T> implements Iterator<T> {
    private final int size;
    private final IntFunction<T> element;
    private int next;

    ArrayIterator(int size, IntFunction<T> element) {
      this.size = size;
      this.element = element;
    }

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return element.apply(next++);
    }
  }
}
