package dev.thicket.app;

import dev.thicket.app.cli.Cli;

/**
 * Entry point of {@code thicket.jar}. A plain class on purpose: a main class that extends the
 * JavaFX {@code Application} cannot start from a fat jar.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args));
  }
}
