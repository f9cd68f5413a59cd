package io.github.connectclient.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** The unwrapping idiom of docs/async.md, for tests. */
final class AsyncErrors {

  private AsyncErrors() {}

  /** The cause under any CompletionException and ExecutionException layers. */
  static Throwable unwrap(Throwable failure) {
    return AsyncDocsSnippetsTest.unwrap(failure);
  }

  /** The failure of a future that must fail within 5 s, unwrapped. */
  static Throwable unwrap(CompletableFuture<?> future) throws Exception {
    try {
      future.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return unwrap(e);
    }
    throw new AssertionError("the future did not fail: " + future);
  }
}
