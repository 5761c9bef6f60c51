package dev.thicket.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.app.cli.ExitCodes;
import dev.thicket.app.cli.ThicketProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code thicket bench aralia}, run as a process on a benchmark folder of one small tree. */
class BenchAraliaCommandTest {

  /** top = (e1 ∧ e2) ∨ e3: P = 1 − (1 − 0.3 · 0.2)(1 − 0.1) = 0.154; cut sets {e3}, {e1, e2}. */
  private static final String TREE = """
      <?xml version="1.0"?>
      <opsa-mef>
        <define-fault-tree name="t">
          <define-gate name="top"><or><gate name="g1"/><basic-event name="e3"/></or></define-gate>
          <define-gate name="g1"><and><basic-event name="e1"/><basic-event name="e2"/></and>
          </define-gate>
        </define-fault-tree>
        <model-data>
          <define-basic-event name="e1"><float value="0.3"/></define-basic-event>
          <define-basic-event name="e2"><float value="0.2"/></define-basic-event>
          <define-basic-event name="e3"><float value="0.1"/></define-basic-event>
        </model-data>
      </opsa-mef>
      """;

  @Test
  void aRowWithoutReferenceProbabilityIsCrossCheckedByIndependentMethods(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("t.xml"), TREE);
    Files.writeString(dir.resolve("expected.tsv"),
        "tree\tgates\tbasic_events\tmcs_count\tp_top_exact\nt.xml\t2\t3\t2\t\n");

    ThicketProcess.Result run = ThicketProcess.run("bench", "aralia", dir.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).containsPattern("t\\.xml\\s+20\\s+2 =\\s+1\\.540000e-01 -");
    assertThat(run.out()).containsPattern("simulation: P\\(top\\) 1\\.5\\d+e-01, 99\\.9 % "
        + "interval \\[1\\.5\\d+e-01, 1\\.5\\d+e-01\\] \\(10,000,000 outcomes, [\\d,]+ hits\\): "
        + "holds the exact value");
    assertThat(run.out()).contains("cut sets of order 1, 2, 3 by set algebra: 1, 1, 0: "
        + "= the engine's");
    assertThat(run.out()).containsPattern("split at the largest module \\(not independent: "
        + "exact but for it\\): g1 simulated, P\\(top\\) 1\\.5\\d+e-01, 99\\.9 % interval "
        + "\\[1\\.5\\d+e-01, 1\\.5\\d+e-01\\]: holds the exact value");
    assertThat(run.out()).contains("2 of 2 checks by independent methods agreed");
  }
}
