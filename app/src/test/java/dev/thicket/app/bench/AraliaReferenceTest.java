package dev.thicket.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AraliaReferenceTest {

  @Test
  void matchesToTheDigitsTheReferencePrints() {
    assertThat(AraliaReference.matches("1.01708E-04", new BigDecimal("1.017081e-4"))).isTrue();
    assertThat(AraliaReference.matches("1.01708E-04", new BigDecimal("1.017121e-4"))).isFalse();
    assertThat(AraliaReference.matches("8.20E+10", new BigDecimal("82000000000"))).isTrue();
    assertThat(AraliaReference.matches("8.20E+10", new BigDecimal("81928696832"))).isFalse();
    assertThat(AraliaReference.matches("46188", new BigDecimal("46188"))).isTrue();
    assertThat(AraliaReference.matches("", new BigDecimal("1"))).isNull();
  }

  @Test
  void toleranceAcceptsSmallRelativeDifferences() {
    assertThat(AraliaReference.matches("0.0045691", new BigDecimal("0.004569322"), 1e-4)).isTrue();
    assertThat(AraliaReference.matches("0.0045691", new BigDecimal("0.004569322"))).isFalse();
  }

  @Test
  void readsRowsWithLimitsCompanionFilesAndTheCrossCheck(@TempDir Path dir) throws Exception {
    Path scram = Files.createDirectories(dir.resolve("scram/B"));
    Files.writeString(dir.resolve("t1.xml"), "<opsa-mef/>");
    Files.writeString(scram.resolve("b.xml"), "<opsa-mef/>");
    Files.writeString(scram.resolve("b-basic-events.xml"), "<opsa-mef/>");
    Files.writeString(dir.resolve("expected.tsv"), String.join("\n",
        "tree\tgates\tbasic_events\tmcs_count\tp_top_exact",
        "t1.xml\t1\t2\t10\t1.5E-03",
        "scram/B/b.xml [limit-order 4]\t1\t2\t7\t",
        "missing.xml\t1\t1\t1\t0.1"));
    Files.writeString(dir.resolve("helper_crosscheck.tsv"), String.join("\n",
        "# comment",
        "tree\tall\tle20\tmin\tmax\tdist\tp",
        "t1.xml\t12\t10\t1\t3\tx\t1.500001e-03"));

    List<AraliaReference.Row> rows = AraliaReference.rows(dir, 20);

    assertThat(rows).extracting(AraliaReference.Row::key)
        .containsExactly("t1.xml", "scram/B/b.xml [limit-order 4]");
    assertThat(rows.get(0).crossCheckCount()).isEqualTo("10");
    assertThat(rows.get(0).crossCheckProbability()).isEqualTo("1.500001e-03");
    assertThat(rows.get(1).limitOrder()).isEqualTo(4);
    assertThat(rows.get(1).files()).extracting(p -> p.getFileName().toString())
        .containsExactly("b.xml", "b-basic-events.xml");
  }
}
