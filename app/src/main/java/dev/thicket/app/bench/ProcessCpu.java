package dev.thicket.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU time of the whole process, every thread included: on a machine shared with other jobs it
 * varies much less than wall time.
 */
final class ProcessCpu {
  private ProcessCpu() {}

  /**
   * Nanoseconds of CPU used by this process so far; 0 where the JVM cannot tell (also in a
   * runtime without the jdk.management module, such as the app image's).
   */
  static long nanos() {
    try {
      OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
      if (bean instanceof com.sun.management.OperatingSystemMXBean hotspot) {
        return Math.max(0, hotspot.getProcessCpuTime());
      }
    } catch (LinkageError missing) {
      // no jdk.management: the interface cannot be loaded
    }
    return 0;
  }
}
