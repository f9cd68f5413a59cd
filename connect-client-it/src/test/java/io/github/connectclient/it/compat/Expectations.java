package io.github.connectclient.it.compat;

import java.util.Map;

/**
 * What each call does on a Kafka release today, where that is not {@code ok}: the worker's own
 * answer to a feature it predates.
 *
 * <p>GATE (issue 12, point 5; being built in connect-client-core): once the client's capability
 * gates land, every entry below must instead fail BEFORE a request is sent, with {@code
 * UnsupportedEndpointException} naming the feature, the Kafka version it needs and the version the
 * worker runs. Replace {@link #of} with that expectation (and assert that no request reached the
 * worker), then regenerate the README's table (the build says how).
 */
final class Expectations {

  /** Method -> {the release that added it, what an older worker answers}. */
  private static final Map<String, String[]> OLDER_WORKERS =
      Map.of(
          "getHealth()", new String[] {"3.9", "UnsupportedEndpointException 404"},
          "patchConnectorConfig(name, patch)",
              new String[] {"3.8", "UnsupportedEndpointException 405"},
          "createConnector(NewConnector)", new String[] {"3.7", "ServerErrorException 500"},
          "setClusterLoggerLevel(name, level)",
              new String[] {"3.7", Outcome.WORKER_SCOPE_ONLY.text()});

  private Expectations() {}

  /** The outcome {@code method} has on Kafka {@code version} (major.minor.patch). */
  static Outcome of(String method, String version) {
    String[] older = OLDER_WORKERS.get(method);
    if (older == null || atLeast(version, older[0])) {
      return Outcome.OK;
    }
    return new Outcome(older[1]);
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
