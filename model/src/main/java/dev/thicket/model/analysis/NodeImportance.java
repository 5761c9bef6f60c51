package dev.thicket.model.analysis;

import dev.thicket.model.tree.Gate;

/**
 * How much the top event depends on one node, in residual mode (or the options' importance
 * mode), by conditioning on the node's
 * outcome (after its own mitigations). A measure is {@code null} where its definition divides by
 * zero.
 *
 * @param probability P(X): the node's probability after its own mitigations
 * @param birnbaum P(T | X) − P(T | ¬X)
 * @param fussellVesely (P(T) − P(T | ¬X)) / P(T)
 * @param raw risk achievement worth, P(T | X) / P(T)
 * @param rrw risk reduction worth, P(T) / P(T | ¬X)
 * @param critical Fussell–Vesely at or above the critical threshold
 */
public record NodeImportance(
    String id,
    String title,
    Gate gate,
    double probability,
    Double birnbaum,
    Double fussellVesely,
    Double raw,
    Double rrw,
    boolean critical) {}
