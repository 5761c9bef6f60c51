package dev.thicket.model.tree;

import java.util.Objects;

/**
 * What an attack step takes from the attacker (docs/format.md, leaf keys {@code cost}, {@code
 * time}, {@code potential}). Leaves only; {@link #EMPTY} when none is given.
 *
 * @param cost the attacker's cost (≥ 0, in the tree's cost unit), {@code null} when absent
 * @param time hours (≥ 0), {@code null} when absent
 * @param potential the ISO/SAE 21434 attack-potential rating, {@link Potential#NONE} when absent
 */
public record StepAttributes(Double cost, Double time, Potential potential) {
  public static final StepAttributes EMPTY = new StepAttributes(null, null, Potential.NONE);

  public StepAttributes {
    potential = Objects.requireNonNullElse(potential, Potential.NONE);
  }

  /** These attributes, {@link #EMPTY} itself when none is given (a large tree shares it). */
  public static StepAttributes of(Double cost, Double time, Potential potential) {
    StepAttributes attributes = new StepAttributes(cost, time, potential);
    return attributes.isEmpty() ? EMPTY : attributes;
  }

  public boolean isEmpty() {
    return cost == null && time == null && potential.isEmpty();
  }

  public StepAttributes withCost(Double newCost) {
    return new StepAttributes(newCost, time, potential);
  }

  public StepAttributes withTime(Double newTime) {
    return new StepAttributes(cost, newTime, potential);
  }

  public StepAttributes withPotential(Potential newPotential) {
    return new StepAttributes(cost, time, newPotential);
  }
}
