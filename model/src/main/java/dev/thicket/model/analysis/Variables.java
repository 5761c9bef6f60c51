package dev.thicket.model.analysis;

import java.util.Arrays;

/**
 * The decision-diagram variables of a tree: one per leaf ("the step succeeds"), one per
 * mitigation ("the mitigation fails") and one per module gate other than the root ("the module
 * is achieved", standing for the module's whole function inside its parent's). Ordered by a
 * depth-first walk from the root in child order, a node's mitigations just before it: this keeps
 * the diagrams of tree-like structure linear in size.
 */
final class Variables {
  final int count;
  /** Variable of each leaf node, -1 for gates. */
  final int[] leafVariable;
  /** Variable of each non-root module gate, -1 otherwise. */
  final int[] moduleVariable;
  /** Variable of each mitigation. */
  final int[] mitigationVariable;
  /** The node of each leaf or module variable, -1 for mitigation variables. */
  final int[] nodeOfVariable;

  private int next;

  Variables(TreeIndex index, Modules modules) {
    leafVariable = new int[index.size];
    moduleVariable = new int[index.size];
    mitigationVariable = new int[index.mitigation.length];
    Arrays.fill(leafVariable, -1);
    Arrays.fill(moduleVariable, -1);
    Arrays.fill(mitigationVariable, -1);
    int[] nodeOf = new int[index.size * 2 + index.mitigation.length];
    Arrays.fill(nodeOf, -1);
    boolean[] visited = new boolean[index.size];
    int[] stack = new int[index.size + 1];
    int top = 0;
    stack[top++] = index.root;
    while (top > 0) {
      int node = stack[--top];
      if (visited[node]) {
        continue;
      }
      visited[node] = true;
      for (int m : index.mitigations[node]) {
        if (mitigationVariable[m] < 0) {
          mitigationVariable[m] = next++;
        }
      }
      if (index.isLeaf(node)) {
        nodeOf[next] = node;
        leafVariable[node] = next++;
      } else if (modules.isModule[node] && node != index.root) {
        nodeOf[next] = node;
        moduleVariable[node] = next++;
      }
      int[] children = index.children[node];
      for (int i = children.length - 1; i >= 0; i--) {
        if (!visited[children[i]]) {
          if (top == stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
          }
          stack[top++] = children[i];
        }
      }
    }
    count = next;
    nodeOfVariable = Arrays.copyOf(nodeOf, count);
  }
}
