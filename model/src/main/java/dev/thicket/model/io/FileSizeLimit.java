package dev.thicket.model.io;

import java.util.Locale;

/**
 * How large a tree file may be (decision 22). Tree files are untrusted input, so by default a
 * YAML or JSON file may have 16 MiB (about 240,000 nodes; reading and analysing it stays under
 * a few seconds and a gigabyte of heap). Whoever trusts a larger file raises the limit, up to
 * 128 MiB, with the environment variable {@value #VARIABLE} (or the system property {@value
 * #PROPERTY}, which wins), in whole mebibytes; a smaller value lowers it. XML files (MEF, ADTool)
 * may be 8 times as large: the same tree takes up to about seven times as many bytes in MEF, so
 * whatever one reader accepts every writer can write and the readers read back.
 */
public final class FileSizeLimit {
  public static final String VARIABLE = "THICKET_MAX_FILE_MB";
  public static final String PROPERTY = "thicket.maxFileMB";
  public static final int DEFAULT_MEGABYTES = 16;
  public static final int CEILING_MEGABYTES = 128;
  /** How many times the YAML limit an XML file may have. */
  public static final int XML_FACTOR = 8;
  private static final int MEBIBYTE = 1024 * 1024;

  private FileSizeLimit() {}

  /** The largest YAML or JSON tree file read now, in bytes. */
  public static int yamlBytes() {
    return megabytes() * MEBIBYTE;
  }

  /** The largest XML tree file read now, in bytes. */
  public static int xmlBytes() {
    return XML_FACTOR * yamlBytes();
  }

  /** The most any setting allows for YAML, in bytes: a backstop for the parsers' own limits. */
  public static int yamlCeilingBytes() {
    return CEILING_MEGABYTES * MEBIBYTE;
  }

  /** Why a YAML or JSON file over the limit is not read, and how to read it if trusted. */
  public static String tooLargeYaml() {
    return tooLarge(yamlBytes(), "tree", "its size in MB");
  }

  /** Why an XML file over the limit is not read, and how to read it if trusted. */
  public static String tooLargeXml() {
    return tooLarge(xmlBytes(), "XML tree", "an eighth of its size in MB");
  }

  private static String tooLarge(int limitBytes, String kind, String value) {
    String setting = setting();
    String now = setting == null ? "" : valid(setting) ? " (now " + setting.strip() + ")"
        : " ('" + setting + "' is not a whole number from 1 to " + CEILING_MEGABYTES
            + ", so " + DEFAULT_MEGABYTES + " applies)";
    return String.format(Locale.ROOT, "the file is larger than %d MB (%d bytes), the limit for "
        + "%s files; to read a larger file you trust, set %s%s to %s (at most %d)",
        limitBytes / MEBIBYTE, limitBytes, kind, VARIABLE, now, value, CEILING_MEGABYTES);
  }

  private static int megabytes() {
    String setting = setting();
    return setting != null && valid(setting) ? Integer.parseInt(setting.strip())
        : DEFAULT_MEGABYTES;
  }

  private static String setting() {
    String property = System.getProperty(PROPERTY);
    return property != null ? property : System.getenv(VARIABLE);
  }

  private static boolean valid(String setting) {
    String digits = setting.strip();
    if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int value = Integer.parseInt(digits);
    return value >= 1 && value <= CEILING_MEGABYTES;
  }
}
