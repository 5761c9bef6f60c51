package dev.thicket.exports.fonts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * System fonts a PDF report falls back to for characters Liberation Sans lacks (Chinese, Japanese,
 * Korean, Arabic, Hebrew, Devanagari, Thai...): the TrueType fonts fontconfig names for those
 * languages ({@code fc-list :lang=ja file}), in that order, and a few well-known files. Found once
 * per run; each read when first needed. Where none covers a character it is drawn as its code
 * ({@code [U+1F333]}), never as a question mark.
 */
final class FallbackFonts {
  private static final List<String> LANGUAGES =
      List.of("zh-cn", "ja", "ko", "zh-tw", "ar", "he", "hi", "th", "bn", "ta", "ru", "el");
  private static final List<String> KNOWN = List.of(
      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
      "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private static final List<Path> CANDIDATES = discover();
  private static final FontFace[] FACES = new FontFace[CANDIDATES.size()];
  private static final boolean[] UNREADABLE = new boolean[CANDIDATES.size()];

  private FallbackFonts() {}

  /** The index of the first fallback font that covers {@code codePoint}, or -1. */
  static synchronized int covering(int codePoint) {
    for (int i = 0; i < CANDIDATES.size(); i++) {
      FontFace face = face(i);
      if (face != null && face.covers(codePoint)) {
        return i;
      }
    }
    return -1;
  }

  /** Fallback font {@code index}, read on first use; null when it cannot be read. */
  static synchronized FontFace face(int index) {
    if (FACES[index] == null && !UNREADABLE[index]) {
      Path file = CANDIDATES.get(index);
      try {
        FACES[index] = FontFace.read(file.toString(), Files.readAllBytes(file));
      } catch (IOException | RuntimeException unusable) {
        UNREADABLE[index] = true;
      }
    }
    return FACES[index];
  }

  /** TrueType files (.ttf) fontconfig gives for the languages above, then the known files. */
  private static List<Path> discover() {
    Set<Path> found = new LinkedHashSet<>();
    for (String language : LANGUAGES) {
      for (String line : fcList(":lang=" + language)) {
        String file = line.strip().replaceAll(":$", "");
        if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) {
          found.add(Path.of(file));
        }
      }
    }
    KNOWN.stream().map(Path::of).filter(Files::isRegularFile).forEach(found::add);
    return new ArrayList<>(found);
  }

  private static List<String> fcList(String pattern) {
    try {
      Process process = new ProcessBuilder("fc-list", pattern, "file")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0
          ? out.lines().sorted().toList() : List.of();
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }
}
