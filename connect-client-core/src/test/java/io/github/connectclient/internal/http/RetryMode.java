package io.github.connectclient.internal.http;

import io.github.connectclient.internal.endpoint.ApiCall;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The two faces of the one transport. Every retry test runs for both: {@link #SYNC} waits on the
 * calling thread ({@link Transport#execute}); {@link #ASYNC} chains a future with scheduled retries
 * ({@link Transport#executeAsync}).
 */
enum RetryMode {
  SYNC {
    @Override
    <T> T run(Transport transport, ApiCall<T> call) {
      return transport.execute(call);
    }
  },
  ASYNC {
    @Override
    <T> T run(Transport transport, ApiCall<T> call) {
      try {
        return transport.executeAsync(call).get(20, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        throw new AssertionError("unexpected checked failure", e.getCause());
      } catch (InterruptedException | TimeoutException e) {
        throw new AssertionError("the async call did not complete", e);
      }
    }
  };

  /** Runs {@code call} and returns its result or throws its failure, unwrapped. */
  abstract <T> T run(Transport transport, ApiCall<T> call);
}
