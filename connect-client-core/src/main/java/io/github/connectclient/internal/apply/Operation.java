package io.github.connectclient.internal.apply;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The future of one declarative operation, handed to the caller, and the stop signal of the work
 * behind it: the work gets this future and starts nothing more once it is done by other means
 * (cancelled by the caller, failed by a close, cancelled by an interrupted sync caller).
 */
final class Operation {

  private Operation() {}

  /**
   * Starts {@code work} on the calling thread (so that its argument checks throw here) and returns
   * a future that completes as the work does.
   */
  static <T> CompletableFuture<T> start(Function<CompletableFuture<?>, CompletableFuture<T>> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletableFuture<T> running = work.apply(result);
    running.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(Failures.unwrap(failure));
          }
        });
    result.whenComplete((value, failure) -> running.cancel(false));
    return result;
  }
}
