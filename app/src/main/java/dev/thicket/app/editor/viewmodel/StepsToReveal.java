package dev.thicket.app.editor.viewmodel;

import java.util.List;

/**
 * The steps (leaves) of a scenario a user chose, for the canvas to bring into sight ({@link
 * ResultsViewModel#chooseScenario}); {@code choice} counts the choices, so each is a change.
 */
public record StepsToReveal(long choice, List<String> leaves) {
  public StepsToReveal {
    leaves = List.copyOf(leaves);
  }
}
