package io.github.connectclient.internal.apply;

import io.github.connectclient.errors.ConnectClientException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** How the declarative operations turn failures into per-item errors and back into exceptions. */
public final class Failures {

  private Failures() {}

  /** The failure inside a {@link CompletionException} or {@link ExecutionException}. */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * An item's error: the client's own exception as it is; anything else (an argument refused before
   * sending, a closed client) wrapped in one that says what it was.
   */
  static Optional<ConnectClientException> asError(Throwable failure) {
    if (failure == null) {
      return Optional.empty();
    }
    Throwable cause = unwrap(failure);
    if (cause instanceof ConnectClientException known) {
      return Optional.of(known);
    }
    return Optional.of(
        new ConnectClientException(
            cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause));
  }

  /** {@code call}'s future, or a failed one when starting it threw (an argument check). */
  static <T> CompletableFuture<T> attempt(Supplier<CompletableFuture<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The value of {@code future} for a blocking caller: its exception rethrown as it is (unwrapped),
   * and on interruption the future cancelled and the interrupt kept.
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ConnectClientException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new ConnectClientException(String.valueOf(cause.getMessage()), cause);
    }
  }
}
