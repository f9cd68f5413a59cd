package io.github.connectclient.it;

/**
 * A failure the {@link TestProxy} injects into one HTTP exchange. Only {@link #UNAVAILABLE} keeps
 * the request from the worker; the others forward it, so a write may have been applied.
 */
enum Fault {
  /** Forwards the request, reads the answer, then resets the client's connection (RST). */
  RESET,
  /** Forwards the request, then sends the client only part of the answer and closes. */
  TRUNCATED_BODY,
  /** Answers {@code 503} with {@code Retry-After: 1} itself; the worker never sees the request. */
  UNAVAILABLE,
  /** Forwards the request and holds the answer back until the client gives up (its timeout). */
  STALL;

  /** Whether the worker received the request, so a write may have happened. */
  boolean forwards() {
    return this != UNAVAILABLE;
  }
}
