package io.github.connectclient.async;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The futures a client has handed out and not yet completed, so that {@link #closeAll()} can fail
 * them: a retry or poll scheduled on a scheduler that close shuts down would otherwise never run,
 * and its future never complete.
 */
final class PendingCalls {

  private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * A future for the caller that completes as {@code source} does, on the same thread; when it is
   * completed any other way (cancelled by the caller, failed by {@link #closeAll()}), {@code
   * source} is cancelled, which cancels its HTTP call and scheduled retry.
   */
  <T> CompletableFuture<T> track(CompletableFuture<T> source) {
    CompletableFuture<T> result = new CompletableFuture<>();
    source.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(failure);
          }
        });
    pending.add(result);
    result.whenComplete(
        (value, failure) -> {
          pending.remove(result);
          source.cancel(false);
        });
    if (closed) {
      result.completeExceptionally(closedFailure());
    }
    return result;
  }

  /** Throws when {@link #closeAll()} was called. */
  void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the connect client is closed");
    }
  }

  /** Refuses new calls and fails every pending future with {@link IllegalStateException}. */
  void closeAll() {
    closed = true;
    for (CompletableFuture<?> future : pending) {
      future.completeExceptionally(closedFailure());
    }
  }

  private static IllegalStateException closedFailure() {
    return new IllegalStateException("the connect client was closed before the call completed");
  }
}
