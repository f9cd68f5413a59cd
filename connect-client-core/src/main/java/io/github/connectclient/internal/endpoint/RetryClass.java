package io.github.connectclient.internal.endpoint;

/** How safe it is to send a request again after an ambiguous failure (API reference §9). */
public enum RetryClass {
  /** A read: repeating it has no effect. */
  SAFE,
  /** A write whose repetition has the same outcome (config PUT, pause, delete...). */
  IDEMPOTENT,
  /** A write that must not be repeated once the server may have applied it (create). */
  NON_IDEMPOTENT
}
