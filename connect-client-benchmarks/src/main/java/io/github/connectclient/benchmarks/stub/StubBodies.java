package io.github.connectclient.benchmarks.stub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bodies the stub serves: captured from a real Kafka Connect 4.3.1 worker (the fixtures of
 * {@code connect-client-test-support}), and the expanded listing of many connectors built by
 * repeating the captured entry of {@code connectors-expanded-production.200.json} (a connector
 * whose config has a production shape: converters, transforms, error handling, topic creation, a
 * producer override) under distinct names.
 */
public final class StubBodies {

  /** How many connectors the expanded listing holds. */
  public static final int EXPANDED_CONNECTORS = 2_000;

  /** The captured connector's name; every occurrence is renamed in each copy. */
  static final String CAPTURED_NAME = "fixture-production";

  private StubBodies() {}

  /**
   * Returns a captured body as text.
   *
   * @param what the fixture's name without status and extension, e.g. {@code connector-status}
   * @return the body exactly as captured
   */
  public static String captured(String what) {
    String resource = "fixtures/" + what + ".200.json";
    try (InputStream in = StubBodies.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds {@code GET /connectors?expand=status&expand=info} for {@code count} connectors: the
   * captured entry repeated, its name (as key, in status, info, config and task ids) replaced by
   * {@code connector-NNNN}.
   *
   * @param count how many connectors
   * @return the body, UTF-8
   */
  public static byte[] expandedListing(int count) {
    String captured = captured("connectors-expanded-production");
    String entry = captured.substring(1, captured.length() - 1);
    StringBuilder body = new StringBuilder(entry.length() * count + 2).append('{');
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        body.append(',');
      }
      body.append(entry.replace('"' + CAPTURED_NAME + '"', '"' + name(i) + '"'));
    }
    return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the name of the {@code i}-th connector of the expanded listing.
   *
   * @param i its index
   * @return its name
   */
  public static String name(int i) {
    return String.format("connector-%04d", i);
  }
}
