package dev.thicket.exports.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Which file a report was made from, and when.
 *
 * @param fileName the file as the user named it
 * @param sha256 the SHA-256 of the file's bytes, 64 lowercase hex digits
 * @param date the day the report was made
 */
public record ReportSource(String fileName, String sha256, LocalDate date) {
  /** How many hex digits {@link #shortHash()} keeps (48 bits, as git's short ids do). */
  public static final int SHORT_HASH_LENGTH = 12;

  public ReportSource {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(date, "date");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
    }
  }

  /** The source for {@code content}, the bytes of the file {@code fileName}. */
  public static ReportSource of(String fileName, byte[] content, LocalDate date) {
    return new ReportSource(fileName, sha256(content), date);
  }

  /** The source for a tree that has no file yet (the editor's unsaved tree): hash of its text. */
  public static ReportSource unsaved(String name, String yaml, LocalDate date) {
    return of(name, yaml.getBytes(StandardCharsets.UTF_8), date);
  }

  /** The first {@value #SHORT_HASH_LENGTH} hex digits of the hash. */
  public String shortHash() {
    return sha256.substring(0, SHORT_HASH_LENGTH);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
