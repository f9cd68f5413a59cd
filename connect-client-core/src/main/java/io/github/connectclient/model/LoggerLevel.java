package io.github.connectclient.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Optional;

/**
 * The level of one logger, returned by {@code GET /admin/loggers} and {@code GET
 * /admin/loggers/{name}} (Kafka 2.4.0+, KIP-495).
 *
 * @param level the log4j level, for example {@code INFO}
 * @param lastModified when the level was last set through the REST API, in epoch milliseconds;
 *     {@code null} if it never was, or on workers before Kafka 3.7.0 (KIP-976)
 */
public record LoggerLevel(String level, @Json(name = "last_modified") Long lastModified) {

  /** {@return {@link #lastModified()} as an {@link Instant}, or empty if unknown} */
  public Optional<Instant> lastModifiedAt() {
    return Optional.ofNullable(lastModified).map(Instant::ofEpochMilli);
  }
}
