package dev.thicket.model.io.otm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Written OTM validates against the published OTM JSON schema (third-party, not in this
 * repository, in no Maven or npm package). Runs only when given one:
 * {@code mvn -o -B test -pl model -Dotm.schema=PATH/otm_schema.json} (the {@code otm-schema}
 * profile of model/pom.xml); never skipped in an ordinary run, just not part of it.
 */
@Tag("published-schema")
class OtmPublishedSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema() throws Exception {
    String file = System.getProperty("otm.schema", "");
    assertThat(file).as("-Dotm.schema=PATH/otm_schema.json").isNotEmpty();
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.thicket.model.io.otm.OtmSchemaTest#trees")
  void writtenOtmValidates(String name) throws Exception {
    assertThat(schema().validate(JSON.readTree(OtmWriter.toJson(OtmSchemaTest.tree(name)))))
        .isEmpty();
  }

  @Test
  void theSchemaRefusesAThreatWithoutRisk() throws Exception {
    assertThat(schema().validate(JSON.readTree(OtmSchemaTest.THREAT_WITHOUT_RISK))).isNotEmpty();
  }
}
