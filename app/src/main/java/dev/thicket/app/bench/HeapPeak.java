package dev.thicket.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use since the last {@link #reset()}: the sum of the peaks of the heap memory pools
 * (an upper bound, as pools may peak at different moments). The JVM's {@code MemoryMXBean} only
 * knows the current use, so the pools' peak counters are used.
 */
final class HeapPeak {
  private HeapPeak() {}

  /** Collects garbage, then restarts the peak counters from the current use. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Bytes. */
  static long used() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes;
  }
}
