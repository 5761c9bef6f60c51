package dev.thicket.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} to MEF or ADTool says on stderr what the format cannot carry, as a process. */
class ConvertLossesTest {
  private static final String TREE = """
      format: attacktree/v1
      title: Safe
      root: goal
      nodes:
        goal:
          title: Open the safe
          gate: or
          children: [pick, bribe]
          impact: 8
        pick:
          title: Pick the lock
          likelihood: 0.2
          cost: 100
          potential: {expertise: expert}
        bribe:
          title: Bribe the guard
          likelihood: 0.1
          mitigations: [vetting]
      mitigations:
        vetting:
          title: Vet the guards
          effectiveness: 0.5
          status: proposed
      profiles:
        burglar:
          title: Burglar
          budget: 500
      scales:
        riskMatrix:
          high: [1, 3, 4, 5]
          medium: [1, 2, 3, 4]
          low: [1, 2, 2, 3]
          very-low: [1, 1, 2, 2]
      """;

  @TempDir Path directory;

  private Path tree() throws Exception {
    Path file = directory.resolve("safe.yaml");
    Files.writeString(file, TREE);
    return file;
  }

  @Test
  void adtoolListsEveryKindOfDataItLeavesOut() throws Exception {
    Path out = directory.resolve("safe.xml");

    ThicketProcess.Result result = ThicketProcess.run("convert", tree().toString(), "-o",
        out.toString(), "--to", "adtool");

    assertThat(result.exitCode()).isZero();
    assertThat(result.errLines()).containsExactly(
        out + ": not written to ADTool XML: the tree's title and description (the goal's title"
            + " is kept)",
        out + ": not written to ADTool XML: the likelihood of 2 leaves (pick, bribe)",
        out + ": not written to ADTool XML: the impact of 1 node (goal)",
        out + ": not written to ADTool XML: the attack potential of 1 step (pick)",
        out + ": not written to ADTool XML: the effectiveness, cost and status of 1 mitigation"
            + " (vetting)",
        out + ": not written to ADTool XML: 1 attacker profile (burglar)",
        out + ": not written to ADTool XML: the risk matrix (scales.riskMatrix)");
    assertThat(Files.readString(out)).contains("<parameter domainId=\"MinCost1\" "
        + "category=\"basic\">100.0</parameter>");
  }

  @Test
  void mefNamesTheMitigationsOutsideItsModeAndTheAttackerKeys() throws Exception {
    Path out = directory.resolve("safe.mef.xml");

    ThicketProcess.Result result = ThicketProcess.run("convert", tree().toString(), "-o",
        out.toString(), "--to", "mef");

    assertThat(result.exitCode()).isZero();
    assertThat(result.errLines()).containsExactly(
        out + ": not written to Open-PSA MEF: the tree's title and description (the goal's"
            + " title is kept)",
        out + ": not written to Open-PSA MEF: the impact of 1 node (goal)",
        out + ": not written to Open-PSA MEF: the attack potential of 1 step (pick)",
        out + ": not written to Open-PSA MEF: the cost of 1 step (pick)",
        out + ": not written to Open-PSA MEF: 1 mitigation (vetting) not counted in residual"
            + " mode",
        out + ": not written to Open-PSA MEF: 1 attacker profile (burglar)",
        out + ": not written to Open-PSA MEF: the risk matrix (scales.riskMatrix)");
  }

  @Test
  void formatsThatCarryEverythingSayNothing() throws Exception {
    ThicketProcess.Result otm = ThicketProcess.run("convert", tree().toString(), "-o",
        directory.resolve("safe.otm.yaml").toString(), "--to", "otm");
    ThicketProcess.Result yaml = ThicketProcess.run("convert", tree().toString(), "-o",
        directory.resolve("again.yaml").toString(), "--to", "yaml");

    assertThat(otm.err()).isEmpty();
    assertThat(yaml.err()).isEmpty();
  }
}
