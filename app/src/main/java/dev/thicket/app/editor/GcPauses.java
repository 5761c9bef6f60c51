package dev.thicket.app.editor;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The time the JVM's stop-the-world collections have taken so far: while one runs, the UI thread
 * stands still, so an edit's wall time on the UI thread is about its CPU time plus these pauses
 * (plus waiting for a core on a busy machine).
 */
final class GcPauses {
  private static final List<GarbageCollectorMXBean> PAUSING = ManagementFactory
      .getGarbageCollectorMXBeans().stream()
      .filter(bean -> !bean.getName().contains("Cycles") && !bean.getName().contains("Concurrent"))
      .toList();

  private GcPauses() {}

  /** Milliseconds spent in collection pauses since the JVM started. */
  static long millis() {
    return PAUSING.stream().mapToLong(bean -> Math.max(0, bean.getCollectionTime())).sum();
  }
}
