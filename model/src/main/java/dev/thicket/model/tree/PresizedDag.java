package dev.thicket.model.tree;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * A {@link DirectedAcyclicGraph} of node ids with JGraphT's own storage sized for the tree up
 * front (its maps grew one doubling at a time, a fifth of rebuilding a 100,000-node tree after
 * an edit). Behaves as {@code new DirectedAcyclicGraph<>(null, DefaultEdge::new, false, true,
 * strategy)}: the same visited strategy, iteration orders and topological numbering.
 */
final class PresizedDag extends DirectedAcyclicGraph<String, DefaultEdge> {
  private static final long serialVersionUID = 1L;

  PresizedDag(int vertices, int edges) {
    super(null, DefaultEdge::new, new VisitedBitSetImpl(), new PresizedTopoOrder(vertices),
        false, true, new PresizedGraphSpecifics<>(vertices, edges));
  }

  /**
   * The graph numbers vertices 1, 2, … as they are added and only swaps those numbers when an
   * edge reorders them, so an array holds index → vertex (a map any index outside it), beside a
   * presized map vertex → index.
   */
  private static final class PresizedTopoOrder implements TopoOrderMap<String> {
    private static final long serialVersionUID = 1L;
    private final String[] byIndex;
    private final Map<Integer, String> outside = new HashMap<>();
    private final Map<String, Integer> indexOf;

    PresizedTopoOrder(int vertices) {
      byIndex = new String[vertices + 2];
      indexOf = new HashMap<>(PresizedGraphSpecifics.capacity(vertices));
    }

    @Override
    public void putVertex(Integer index, String vertex) {
      if (index >= 0 && index < byIndex.length) {
        byIndex[index] = vertex;
      } else {
        outside.put(index, vertex);
      }
      indexOf.put(vertex, index);
    }

    @Override
    public String getVertex(Integer index) {
      return index >= 0 && index < byIndex.length ? byIndex[index] : outside.get(index);
    }

    @Override
    public Integer getTopologicalIndex(String vertex) {
      return indexOf.get(vertex);
    }

    @Override
    public Integer removeVertex(String vertex) {
      Integer index = indexOf.remove(vertex);
      if (index != null && index >= 0 && index < byIndex.length) {
        byIndex[index] = null;
      } else if (index != null) {
        outside.remove(index);
      }
      return index;
    }

    @Override
    public void removeAllVertices() {
      Arrays.fill(byIndex, null);
      outside.clear();
      indexOf.clear();
    }
  }
}
