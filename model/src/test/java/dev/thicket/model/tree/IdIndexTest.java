package dev.thicket.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdIndexTest {

  @Test
  void findsEveryIdAndNoOther() {
    Random random = new Random(5);
    for (int round = 0; round < 30; round++) {
      int count = random.nextInt(5000);
      String[] ids = new String[count];
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < count; i++) {
        ids[i] = "n" + i + (random.nextBoolean() ? "" : "x" + random.nextInt(10));
        expected.put(ids[i], i);
      }

      IdIndex index = new IdIndex(ids);

      assertThat(index.firstRepeat()).isEqualTo(-1);
      expected.forEach((id, at) -> assertThat(index.indexOf(id)).isEqualTo(at));
      assertThat(index.indexOf("n" + count)).isEqualTo(-1);
      assertThat(index.indexOf("")).isEqualTo(-1);
    }
  }

  @Test
  void idsOfOneStringHashCodeStayFast() {
    // 2^17 ids made of "Aa" and "BB" all have one String.hashCode: a table probing by it would
    // compare each id with all earlier ones (minutes); a hang guard, not a timing
    String[] ids = new String[1 << 17];
    for (int i = 0; i < ids.length; i++) {
      StringBuilder id = new StringBuilder();
      for (int bit = 0; bit < 17; bit++) {
        id.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      ids[i] = id.toString();
    }
    assertThat(ids[0].hashCode()).isEqualTo(ids[ids.length - 1].hashCode());

    IdIndex index = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new IdIndex(ids));

    assertThat(index.firstRepeat()).isEqualTo(-1);
    assertThat(index.indexOf(ids[12345])).isEqualTo(12345);
  }

  @Test
  void reportsTheFirstRepeatAndKeepsTheFirstOfEqualIds() {
    IdIndex index = new IdIndex(new String[] {"a", "b", "c", "b", "a"});

    assertThat(index.firstRepeat()).isEqualTo(3);
    assertThat(index.indexOf("b")).isEqualTo(1);
    assertThat(index.indexOf("a")).isEqualTo(0);
  }
}
