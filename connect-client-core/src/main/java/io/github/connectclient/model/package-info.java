/**
 * The values the Kafka Connect REST API sends and receives, as immutable records and enums.
 *
 * <p>Records "speak Java": components are camelCase while the JSON is snake_case; {@code null}
 * collections become empty immutable ones; enums fall back to an {@code UNKNOWN} constant for
 * values a newer worker may send, and the records holding such an enum also keep the raw string.
 * {@code toString()} of every record holding a connector configuration masks the values of
 * sensitive keys (see {@link Redaction} for the rule).
 */
package io.github.connectclient.model;
