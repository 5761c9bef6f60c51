package dev.thicket.model.tree;

import java.util.LinkedHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.UniformIntrusiveEdgesSpecifics;
import org.jgrapht.graph.GraphSpecificsStrategy;
import org.jgrapht.graph.specifics.DirectedSpecifics;
import org.jgrapht.graph.specifics.Specifics;

/**
 * JGraphT's default storage of a directed, unweighted graph (linked hash maps of vertices and
 * edges, so the same iteration order), sized for the tree up front: growing those maps one
 * doubling at a time was a fifth of rebuilding a 100,000-node tree after an edit.
 */
final class PresizedGraphSpecifics<V, E> implements GraphSpecificsStrategy<V, E> {
  private static final long serialVersionUID = 1L;
  private final int vertices;
  private final int edges;

  PresizedGraphSpecifics(int vertices, int edges) {
    this.vertices = vertices;
    this.edges = edges;
  }

  @Override
  public Function<GraphType, IntrusiveEdgesSpecifics<V, E>> getIntrusiveEdgesSpecificsFactory() {
    return type -> new UniformIntrusiveEdgesSpecifics<>(new LinkedHashMap<>(capacity(edges)));
  }

  @Override
  public BiFunction<Graph<V, E>, GraphType, Specifics<V, E>> getSpecificsFactory() {
    return (graph, type) -> new DirectedSpecifics<>(graph,
        new LinkedHashMap<>(capacity(vertices)), getEdgeSetFactory());
  }

  /** A hash map's initial capacity that holds {@code size} entries without growing. */
  static int capacity(int size) {
    return (int) Math.min(1 << 30, size * 4L / 3 + 1);
  }
}
