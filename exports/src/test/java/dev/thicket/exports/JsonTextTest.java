package dev.thicket.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonText} writes what an {@code ObjectMapper} with {@code INDENT_OUTPUT} writes, on 5,000
 * random trees of every kind of value the commands put in their JSON (decision 46).
 */
class JsonTextTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final double[] SPECIAL = {0, -0.0, 1, 0.1 + 0.2, 1e-300, Double.MIN_VALUE,
      Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 1e21, 123456789.125};

  @Test
  void writesAsTheIndentingObjectMapperDoes() throws Exception {
    SplittableRandom random = new SplittableRandom(46);
    for (int i = 0; i < 5_000; i++) {
      ObjectNode json = JsonText.object();
      fill(json, random, 0);

      assertThat(JsonText.write(json))
          .isEqualTo(MAPPER.writeValueAsString(json) + System.lineSeparator());
    }
    assertThat(JsonText.write(JsonText.object()))
        .isEqualTo(MAPPER.writeValueAsString(JsonText.object()) + System.lineSeparator());
  }

  private static void fill(ObjectNode json, SplittableRandom random, int depth) {
    for (int field = random.nextInt(0, 6); field > 0; field--) {
      String key = text(random);
      switch (random.nextInt(depth < 3 ? 8 : 6)) {
        case 0 -> json.put(key, text(random));
        case 1 -> json.put(key, random.nextBoolean() ? SPECIAL[random.nextInt(SPECIAL.length)]
            : random.nextDouble() * Math.pow(10, random.nextInt(-12, 12)));
        case 2 -> json.put(key, random.nextLong());
        case 3 -> json.put(key, BigInteger.valueOf(random.nextLong()).shiftLeft(70));
        case 4 -> json.put(key, random.nextBoolean());
        case 5 -> json.putNull(key);
        case 6 -> fill(json.putObject(key), random, depth + 1);
        default -> fill(json.putArray(key), random, depth + 1);
      }
    }
  }

  private static void fill(ArrayNode json, SplittableRandom random, int depth) {
    for (int item = random.nextInt(0, 5); item > 0; item--) {
      if (random.nextInt(3) == 0 && depth < 3) {
        fill(json.addObject(), random, depth + 1);
      } else if (random.nextBoolean()) {
        json.add(text(random));
      } else {
        json.add(random.nextDouble());
      }
    }
  }

  private static String text(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(0, 12); i > 0; i--) {
      text.appendCodePoint(random.nextInt(5) == 0 ? random.nextInt(0, 0x2FFF)
          : random.nextInt(0x20, 0x7F));
    }
    return text.toString();
  }
}
