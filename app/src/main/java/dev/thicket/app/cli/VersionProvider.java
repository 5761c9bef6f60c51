package dev.thicket.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} at build time. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/thicket/app/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"thicket " + properties.getProperty("version", "(unknown version)")};
  }
}
