package io.github.connectclient.internal.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes async futures on the user's completion executor, or on the I/O thread when there is
 * none. An executor that rejects the task (shut down, saturated) must not leave a future hanging:
 * it is then completed on the current thread.
 */
final class CompletionHandOff {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.http");

  private final Executor executor;

  CompletionHandOff(Executor executor) {
    this.executor = executor;
  }

  <T> void complete(CompletableFuture<T> future, T value) {
    run(() -> future.complete(value));
  }

  void fail(CompletableFuture<?> future, Throwable failure) {
    run(() -> future.completeExceptionally(failure));
  }

  private void run(Runnable completion) {
    if (executor == null) {
      completion.run();
      return;
    }
    try {
      executor.execute(completion);
    } catch (RejectedExecutionException rejected) {
      LOG.warn(
          "the completion executor rejected a completion; completing on {}",
          Thread.currentThread().getName());
      completion.run();
    }
  }
}
