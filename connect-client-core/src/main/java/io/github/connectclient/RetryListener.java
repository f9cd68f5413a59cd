package io.github.connectclient;

/**
 * Told about every retry, failover and exhausted retry budget, so that applications can count them
 * (metrics) or log them their own way. Called on the thread that handled the failed attempt; keep
 * it fast and never throw from it (a thrown exception is logged and ignored).
 */
@FunctionalInterface
public interface RetryListener {

  /** A listener that does nothing. */
  RetryListener NONE = event -> {};

  /**
   * Called once per event.
   *
   * @param event what was decided after a failed attempt
   */
  void onEvent(RetryEvent event);
}
