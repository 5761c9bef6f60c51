package dev.thicket.model.analysis;

/**
 * ∂P(T)/∂p(v) of the top event T for every variable v of a set of diagrams, by the module chain
 * rule: T depends on a module M's inside only through M's outcome, so ∂P(T)/∂p(v) = D(M) ·
 * ∂P(M)/∂p(v) for v tested in M's own diagram, with D(root) = 1 and D(M) = D(M's parent module)
 * · ∂P(parent)/∂P(M). Each diagram is swept once ({@code Bdd.addDerivatives}): O(total size).
 */
final class Derivatives {
  /** D(M) = ∂P(T)/∂P(M) for every module gate M (0 for other nodes). */
  final double[] module;
  /** ∂P(M)/∂p(v) for every variable v, M the module whose own diagram tests v. */
  final double[] inModule;

  Derivatives(ModeDiagrams diagrams, ModeDiagrams.Evaluation evaluation) {
    TreeIndex index = diagrams.index;
    Modules modules = diagrams.modules;
    module = new double[index.size];
    inModule = new double[diagrams.variables.count];
    module[index.root] = 1;
    // Each variable is tested in exactly one module's own diagram: one array holds them all.
    for (int i = index.bottomUp.length - 1; i >= 0; i--) {
      int node = index.bottomUp[i];
      if (!modules.isModule[node]) {
        continue;
      }
      if (node != index.root) {
        module[node] = module[modules.body[node]]
            * inModule[diagrams.variables.moduleVariable[node]];
      }
      diagrams.bdd.addDerivatives(diagrams.own[node], evaluation.nodeProbability(),
          evaluation.variableProbability(), inModule);
    }
  }

  /** ∂P(T)/∂p(v) for variable {@code v} tested in module {@code holder}'s diagram. */
  double of(int v, int holder) {
    return module[holder] * inModule[v];
  }
}
