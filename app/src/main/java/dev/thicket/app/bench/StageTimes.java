package dev.thicket.app.bench;

import dev.thicket.model.analysis.AnalysisMonitor;
import java.util.LinkedHashMap;
import java.util.Map;

/** A monitor that records how long the analysis spent in each stage it announced. */
final class StageTimes implements AnalysisMonitor {
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private String stage;
  private long since = System.nanoTime();

  @Override
  public void progress(String name, double fraction) {
    if (!name.equals(stage)) {
      long now = System.nanoTime();
      if (stage != null) {
        nanos.merge(stage, now - since, Long::sum);
      }
      stage = name;
      since = now;
    }
  }

  @Override
  public boolean cancelled() {
    return false;
  }

  /** Seconds spent in the stages whose names start with {@code prefix}. */
  double seconds(String prefix) {
    return nanos.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
        .mapToLong(Map.Entry::getValue).sum() / 1e9;
  }
}
