package dev.thicket.model.io.adtool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.AbstractSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void equalLabelsGetNumberedIds() {
    Slugs slugs = new Slugs();

    assertThat(slugs.claim("Find note")).isEqualTo("find-note");
    assertThat(slugs.claim("Find note")).isEqualTo("find-note-2");
    assertThat(slugs.claim("find-note-3")).isEqualTo("find-note-3");
    assertThat(slugs.claim("Find note")).isEqualTo("find-note-4");
  }

  /** 10,000 equal labels once cost 50 million look-ups (each tried -2, -3, ... in turn). */
  @Test
  void manyEqualLabelsCostLinearlyManyLookUps() {
    CountingSet taken = new CountingSet();
    Slugs slugs = new Slugs(taken);

    for (int i = 0; i < 10_000; i++) {
      slugs.claim("Same label");
    }

    assertThat(taken.size()).isEqualTo(10_000);
    assertThat(taken.lookUps).isLessThanOrEqualTo(2 * 10_000);
  }

  private static final class CountingSet extends AbstractSet<String> {
    private final Set<String> inner = new HashSet<>();
    private long lookUps;

    @Override
    public boolean contains(Object o) {
      lookUps++;
      return inner.contains(o);
    }

    @Override
    public boolean add(String value) {
      return inner.add(value);
    }

    @Override
    public Iterator<String> iterator() {
      return inner.iterator();
    }

    @Override
    public int size() {
      return inner.size();
    }
  }
}
