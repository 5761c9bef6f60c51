package dev.thicket.model.io.otm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thicket.model.analysis.RandomTrees;
import dev.thicket.model.io.TreeReader;
import dev.thicket.model.tree.AttackTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Written OTM follows the specification (OTM 0.2.0): the fields the specification documents as
 * required, and the references between objects. The published JSON schema is third-party and not
 * in this repository: {@link OtmPublishedSchemaTest} validates against it when given one.
 */
class OtmSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> trees() {
    return Stream.of("keras", "keras-ranges", "photo-sharing", "random-dag-1", "random-dag-2");
  }

  static AttackTree tree(String name) throws Exception {
    return switch (name) {
      case "keras", "keras-ranges" -> TreeReader.read(Path.of("..", "trees", name + ".yaml"));
      case "photo-sharing" -> OtmReader.read(name, OtmDocuments.resource(name + ".otm.yaml"));
      case "random-dag-1" -> RandomTrees.generate(1, 6, 8, 4);
      default -> RandomTrees.generate(2, 6, 8, 4);
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void writtenOtmHasEveryFieldTheSpecificationRequires(String name) throws Exception {
    JsonNode document = JSON.readTree(OtmWriter.toJson(tree(name)));

    assertThat(missingRequiredFields(document)).isEmpty();
  }

  /** A threat without risk, which the specification and the schema both refuse. */
  static final String THREAT_WITHOUT_RISK = "{\"otmVersion\": \"0.2.0\", \"project\": "
      + "{\"name\": \"P\", \"id\": \"p\"}, \"threats\": [{\"id\": \"t\", \"name\": \"T\"}]}";

  @org.junit.jupiter.api.Test
  void refusesAThreatWithoutRisk() throws Exception {
    JsonNode broken = JSON.readTree(THREAT_WITHOUT_RISK);

    assertThat(missingRequiredFields(broken)).containsExactly("threat \"t\": no risk",
        "threat risk : no likelihood", "threat risk : no impact", "threat \"t\": impact is no number");
  }

  /** The required fields of the specification's tables, and every id named where defined. */
  static List<String> missingRequiredFields(JsonNode document) {
    List<String> missing = new ArrayList<>();
    require(missing, "", document, "otmVersion", "project");
    require(missing, "project", document.path("project"), "name", "id");
    Set<String> zones = ids(document, "trustZones");
    Set<String> components = ids(document, "components");
    Set<String> threats = ids(document, "threats");
    Set<String> mitigations = ids(document, "mitigations");
    for (JsonNode zone : document.path("trustZones")) {
      require(missing, "trust zone", zone, "id", "name", "risk");
      require(missing, "trust zone risk", zone.path("risk"), "trustRating");
    }
    for (JsonNode component : document.path("components")) {
      require(missing, "component", component, "id", "name", "type", "parent");
      JsonNode parent = component.path("parent");
      boolean known = zones.contains(parent.path("trustZone").asText(null))
          || components.contains(parent.path("component").asText(null));
      if (!known) {
        missing.add("component " + component.path("id") + ": parent names nothing: " + parent);
      }
      instances(missing, component, threats, mitigations);
    }
    for (JsonNode dataflow : document.path("dataflows")) {
      require(missing, "dataflow", dataflow, "id", "name", "source", "destination");
      instances(missing, dataflow, threats, mitigations);
    }
    for (JsonNode threat : document.path("threats")) {
      require(missing, "threat", threat, "id", "name", "risk");
      require(missing, "threat risk", threat.path("risk"), "likelihood", "impact");
      if (!threat.path("risk").path("impact").isNumber()) {
        missing.add("threat " + threat.path("id") + ": impact is no number");
      }
    }
    for (JsonNode mitigation : document.path("mitigations")) {
      require(missing, "mitigation", mitigation, "id", "name", "riskReduction");
    }
    return missing;
  }

  private static void instances(List<String> missing, JsonNode owner, Set<String> threats,
      Set<String> mitigations) {
    for (JsonNode instance : owner.path("threats")) {
      require(missing, "threat instance", instance, "threat", "state");
      if (!threats.contains(instance.path("threat").asText())) {
        missing.add("threat instance names no threat: " + instance.path("threat"));
      }
      for (JsonNode mitigation : instance.path("mitigations")) {
        require(missing, "mitigation instance", mitigation, "mitigation", "state");
        if (!mitigations.contains(mitigation.path("mitigation").asText())) {
          missing.add("mitigation instance names no mitigation: " + mitigation);
        }
      }
    }
  }

  private static Set<String> ids(JsonNode document, String list) {
    Set<String> ids = new HashSet<>();
    document.path(list).forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static void require(List<String> missing, String what, JsonNode node,
      String... fields) {
    for (String field : fields) {
      if (!node.has(field)) {
        missing.add(what + " " + node.path("id") + ": no " + field);
      } else if (!field.equals("likelihood") && node.get(field).isNull()) {
        missing.add(what + " " + node.path("id") + ": " + field + " is null");
      }
    }
  }
}
