package io.github.connectclient.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This library's version, from a resource Maven fills in at build time. */
public final class ClientVersion {

  /** The version, e.g. {@code 0.1.0}, or {@code unknown} outside a built jar. */
  public static final String VERSION = load();

  /** The {@code User-Agent} header value: {@code connect-client/<version>}. */
  public static final String USER_AGENT = "connect-client/" + VERSION;

  private ClientVersion() {}

  private static String load() {
    try (InputStream in =
        ClientVersion.class.getResourceAsStream("/io/github/connectclient/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException unreadable) {
      return "unknown";
    }
  }
}
