package dev.thicket.app.cli;

/** The exit codes of {@code thicket}, as documented in the README and in {@code --help}. */
public final class ExitCodes {
  public static final int OK = 0;
  /** A tree file could not be read or is not a valid tree. */
  public static final int INVALID_TREE = 1;
  /** {@code diff}: the trees differ in meaning; {@code merge}: conflicts (diff(1)'s convention). */
  public static final int DIFFERENT = 1;
  /** Wrong command line (picocli's default for usage errors). */
  public static final int USAGE = 2;
  /** {@code diff} and {@code merge}: a bad option or an input that is not a valid tree. */
  public static final int TROUBLE = 2;
  /** {@code check}: the risk is above the limit. */
  public static final int CHECK_FAILED = 3;
  /** An unexpected error; {@code --debug} shows its stack trace. */
  public static final int ERROR = 4;
  /** An output file could not be written (a folder, a device, a missing or read-only folder). */
  public static final int CANNOT_WRITE = 5;

  private ExitCodes() {}
}
