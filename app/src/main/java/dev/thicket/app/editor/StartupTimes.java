package dev.thicket.app.editor;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Milestones of the editor's start, in milliseconds from JVM start, kept only with {@code
 * -Dthicket.timing=true} and printed with the "window usable" line.
 */
public final class StartupTimes {
  private static final boolean ON = Boolean.getBoolean("thicket.timing");
  private static final Map<String, Long> MARKS = new LinkedHashMap<>();

  private StartupTimes() {}

  /** Notes that {@code milestone} is reached now. */
  public static synchronized void mark(String milestone) {
    if (ON) {
      MARKS.put(milestone, sinceJvmStart());
    }
  }

  static boolean on() {
    return ON;
  }

  static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }

  /**
   * "UI thread CPU 900 ms" when called on the UI thread: what the start cost it in CPU, which a
   * busy machine stretches less than the wall times.
   */
  static String cpu() {
    return "UI thread CPU "
        + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms";
  }

  /** "main 120, tree read 480, ..." */
  static synchronized String summary() {
    StringBuilder text = new StringBuilder();
    MARKS.forEach((milestone, at) -> text.append(text.length() == 0 ? "" : ", ")
        .append(milestone).append(' ').append(at));
    return text.toString();
  }
}
