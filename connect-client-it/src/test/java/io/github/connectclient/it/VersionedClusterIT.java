package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.errors.UnsupportedEndpointException;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the integration tests that must hold on every Kafka version the client supports: each
 * test reads the version the cluster runs and expects, per feature, either the feature at work or
 * the client's refusal before sending ({@link #sinceVersion}).
 *
 * <p>They run on the testkit's default version (the shared 2-worker cluster of {@link
 * SharedClusterIT}). For another version, a subclass re-declares the cluster and inherits every
 * test, once the testkit takes a version (issue 12, point 1):
 *
 * <pre>{@code
 * @ConnectClusterTest(workers = 2, shared = true, kafkaVersion = "3.9.1")
 * class RawRequestOn39IT extends RawRequestIT {}
 * }</pre>
 */
abstract class VersionedClusterIT extends SharedClusterIT {

  /** The Kafka version the cluster's workers report ({@code GET /}). */
  static String workerVersion;

  @BeforeAll
  static void readWorkerVersion() {
    workerVersion = leader.getServerInfo().version();
  }

  /** Whether the cluster runs Apache Kafka {@code since} or newer. */
  static boolean workerHas(String since) {
    int[] have = numbers(workerVersion);
    int[] need = numbers(since);
    for (int i = 0; i < 3; i++) {
      if (have[i] != need[i]) {
        return have[i] > need[i];
      }
    }
    return true;
  }

  /**
   * {@code call}'s result when the cluster has {@code since}; otherwise asserts that the client
   * refused the call before sending it, naming {@code since} and the worker's version, and returns
   * empty.
   */
  static <T> Optional<T> sinceVersion(String since, Supplier<T> call) {
    if (workerHas(since)) {
      return Optional.ofNullable(call.get());
    }
    UnsupportedEndpointException refused =
        catchThrowableOfType(UnsupportedEndpointException.class, call::get);
    assertThat(refused)
        .as("refused on %s, which is older than %s", workerVersion, since)
        .isNotNull();
    assertThat(refused.sent()).isFalse();
    assertThat(refused.requiredVersion()).isEqualTo(since);
    assertThat(refused.workerVersion()).isEqualTo(workerVersion);
    return Optional.empty();
  }

  /** {@link #sinceVersion(String, Supplier)} of a call without result. */
  static boolean sinceVersion(String since, Runnable call) {
    return sinceVersion(
            since,
            () -> {
              call.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  private static int[] numbers(String version) {
    int[] parts = new int[3];
    String[] split = version.split("[^0-9]+", 4);
    for (int i = 0; i < 3 && i < split.length; i++) {
      parts[i] = split[i].isEmpty() ? 0 : Integer.parseInt(split[i]);
    }
    return parts;
  }
}
