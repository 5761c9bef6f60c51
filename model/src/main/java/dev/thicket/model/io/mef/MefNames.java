package dev.thicket.model.io.mef;

import java.util.HashSet;
import java.util.Set;

/**
 * Unique Open-PSA MEF names. A MEF identifier has no '.' (MEF uses it for scoped references) and
 * no leading, trailing or doubled '-': a Thicket id that breaks this is adapted ('.' and a final
 * '-' become '_', a run of '-' one '-'), and a clash is resolved with a suffix {@code _2},
 * {@code _3}, ...
 */
final class MefNames {
  private final Set<String> taken = new HashSet<>();

  /** Reserves {@code wanted}, adapted to MEF and made unique, and returns it. */
  String claim(String wanted) {
    String base = adapt(wanted);
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  static String adapt(String id) {
    String name = id.replace('.', '_').replaceAll("-{2,}", "-");
    if (name.endsWith("-")) {
      name = name.substring(0, name.length() - 1) + "_";
    }
    return name.isEmpty() ? "event" : name;
  }
}
