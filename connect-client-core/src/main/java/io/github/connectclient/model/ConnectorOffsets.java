package io.github.connectclient.model;

import java.util.Arrays;
import java.util.List;

/**
 * A connector's offsets: returned by {@code GET /connectors/{name}/offsets} (Kafka 3.5.0+) and sent
 * to {@code PATCH /connectors/{name}/offsets} (Kafka 3.6.0+, KIP-875) to alter them.
 *
 * @param offsets one entry per partition; never {@code null}
 */
public record ConnectorOffsets(List<ConnectorOffset> offsets) {

  /**
   * Copies {@code offsets} into an unmodifiable list; {@code null} becomes empty.
   *
   * @param offsets one entry per partition; never {@code null}
   */
  public ConnectorOffsets {
    offsets = ImmutableCopy.of(offsets);
  }

  /**
   * {@return offsets holding the given entries, in order}
   *
   * @param offsets the entries, in order
   */
  public static ConnectorOffsets of(ConnectorOffset... offsets) {
    return new ConnectorOffsets(offsets == null ? null : Arrays.asList(offsets));
  }
}
