package io.github.connectclient.it.compat;

import java.util.Map;

/**
 * What each call does on a Kafka release, where that is not {@code ok}: a call the worker is too
 * old for is refused by the client's capability gate before anything is sent, naming the Apache
 * Kafka version it needs (docs/endpoints.md, "Compatibility").
 */
final class Expectations {

  /** Method -> the release that brought what it needs. */
  private static final Map<String, String> SINCE =
      Map.of(
          "getHealth()", "3.9.0",
          "patchConnectorConfig(name, patch)", "3.8.0",
          "createConnector(NewConnector)", "3.7.0",
          "setClusterLoggerLevel(name, level)", "3.7.0",
          "getPluginConfig(pluginClass, version)", "4.1.0",
          "validateConnectorConfig(pluginClass, version, config)", "4.1.0");

  private Expectations() {}

  /** The outcome {@code method} has on Kafka {@code version} (major.minor.patch). */
  static Outcome of(String method, String version) {
    String since = SINCE.get(method);
    if (since == null || atLeast(version, since)) {
      return Outcome.OK;
    }
    return new Outcome("refused before sending: needs " + since);
  }

  private static boolean atLeast(String version, String minimum) {
    String[] v = version.split("\\.");
    String[] m = minimum.split("\\.");
    int major = Integer.parseInt(v[0]);
    int minor = Integer.parseInt(v[1]);
    int wantMajor = Integer.parseInt(m[0]);
    int wantMinor = Integer.parseInt(m[1]);
    return major > wantMajor || (major == wantMajor && minor >= wantMinor);
  }
}
