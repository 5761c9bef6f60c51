package dev.thicket.model.io.otm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.formats.TreeFiles;
import dev.thicket.model.io.formats.TreeFormat;
import dev.thicket.model.tree.AttackTree;
import dev.thicket.model.tree.Estimate;
import dev.thicket.model.tree.MitigationStatus;
import org.junit.jupiter.api.Test;

/** The mapping of docs/interchange.md on the photo-sharing samples. */
class OtmReaderTest {

  private static AttackTree photoSharing() throws Exception {
    return TreeFiles.read("photo-sharing.otm.yaml",
        OtmDocuments.resource("photo-sharing.otm.yaml"));
  }

  @Test
  void recognisesOtmByContentInYamlAndJson() throws Exception {
    assertThat(TreeFormat.detect(OtmDocuments.resource("photo-sharing.otm.yaml")))
        .isEqualTo(TreeFormat.OTM);
    assertThat(TreeFormat.detect(OtmDocuments.resource("photo-sharing.otm.json")))
        .isEqualTo(TreeFormat.OTM);
    assertThat(TreeFormat.detect(OtmDocuments.resource("recipe-site.td.json")))
        .isEqualTo(TreeFormat.THREAT_DRAGON);
  }

  @Test
  void severalTrustZonesAreGatesAboveTheirComponents() throws Exception {
    AttackTree tree = photoSharing();

    assertThat(tree.root()).isEqualTo("photo-sharing");
    assertThat(tree.rootNode().children())
        .containsExactly("internet", "cloud", "upload", "bucket-listing");
    assertThat(tree.node("cloud").children()).containsExactly("front-end");
    assertThat(tree.node("front-end").children()).containsExactly("upload-rce", "thumbnailer");
    assertThat(tree.node("thumbnailer").children()).containsExactly("upload-rce");
  }

  @Test
  void oneTrustZoneAddsNoGate() throws Exception {
    AttackTree tree = TreeFiles.read("small.json", OtmDocuments.resource("photo-sharing.otm.json"));

    assertThat(tree.rootNode().children()).containsExactly("front-end", "db");
    assertThat(tree.node("db").children()).containsExactly("inject-sql-through-the-search-box");
  }

  @Test
  void likelihoodAndImpactAreScaledFromPercentages() throws Exception {
    AttackTree tree = photoSharing();

    assertThat(tree.node("upload-rce").likelihood()).isEqualTo(Estimate.of(0.07));
    assertThat(tree.node("upload-rce").impact()).isEqualTo(Estimate.of(9.5));
    assertThat(tree.node("tls-downgrade").likelihood()).isEqualTo(Estimate.of(0.025));
    assertThat(tree.node("bucket-listing").likelihood()).isNull();
    assertThat(tree.node("session-theft").rationale()).isEqualTo("Sessions last a month");
    assertThat(tree.node("session-theft").references()).containsExactly("CWE-539");
    assertThat(tree.rootNode().impact()).isEqualTo(Estimate.of(9.5));
  }

  @Test
  void mitigationsTakeRiskReductionAndTheMostAdvancedState() throws Exception {
    AttackTree tree = photoSharing();

    assertThat(tree.mitigations().get("image-sandbox").effectiveness()).isEqualTo(0.85);
    assertThat(tree.mitigations().get("image-sandbox").status())
        .isEqualTo(MitigationStatus.IMPLEMENTED);
    assertThat(tree.mitigations().get("short-sessions").status())
        .isEqualTo(MitigationStatus.PLANNED);
    assertThat(tree.mitigations().get("waf").status()).isEqualTo(MitigationStatus.PROPOSED);
    assertThat(tree.node("upload-rce").mitigations()).containsExactly("image-sandbox", "waf");
  }

  @Test
  void anIdThatIsNoThicketIdIsMadeFromTheNameAndKept() throws Exception {
    AttackTree tree = TreeFiles.read("small.json", OtmDocuments.resource("photo-sharing.otm.json"));

    assertThat(tree.node("inject-sql-through-the-search-box").extensions().get("x-otm"))
        .isEqualTo(java.util.Map.of("threat", java.util.Map.of("id", "sql injection")));
  }
}
