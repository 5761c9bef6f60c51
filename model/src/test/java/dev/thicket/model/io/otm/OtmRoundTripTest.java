package dev.thicket.model.io.otm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.thicket.model.io.TreeReader;
import dev.thicket.model.io.TreeWriter;
import dev.thicket.model.tree.AttackTree;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OTM → tree → OTM says the same; tree → OTM → tree is the same tree. */
class OtmRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"photo-sharing.otm.yaml", "photo-sharing.otm.json"})
  void anOtmFileReadAndWrittenBackSaysTheSame(String name) throws Exception {
    byte[] original = OtmDocuments.resource(name);

    AttackTree tree = OtmReader.read(name, original);
    AttackTree saved = TreeReader.read("tree.yaml",
        TreeWriter.toYaml(tree).getBytes(StandardCharsets.UTF_8));
    String written = OtmWriter.toYaml(saved);

    assertThat(OtmDocuments.meaning(OtmDocuments.plain(written.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(OtmDocuments.meaning(OtmDocuments.plain(original)));
  }
}
