package io.github.connectclient.internal.endpoint;

/**
 * Which per-attempt timeout an endpoint's calls get (docs/retries.md, "Timeouts by kind"): reads
 * answer in milliseconds on a healthy worker, writes may take up to Connect's 90 s
 * forwarded-request limit, and a config validation as long as the connector's own external checks.
 */
public enum TimeoutKind {
  /** A {@code GET}: a healthy worker answers at once, so a silent one is failed over early. */
  READ,
  /** A write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}). */
  WRITE,
  /** {@code PUT /connector-plugins/{p}/config/validate}: runs the connector's own checks. */
  VALIDATE
}
