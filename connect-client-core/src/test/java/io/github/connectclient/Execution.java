package io.github.connectclient;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The two ways an operation is executed; both must behave the same. */
enum Execution {
  /** The {@link ConnectClient} method, on the calling thread. */
  SYNC {
    @Override
    Object run(ConnectServer connect, Operation operation) {
      return operation.invoke(connect.client());
    }
  },
  /**
   * The same {@code ApiCall} through {@code Transport.executeAsync}, waited for with {@code get},
   * the failure unwrapped from its {@link ExecutionException}.
   */
  ASYNC {
    @Override
    Object run(ConnectServer connect, Operation operation) {
      try {
        return connect
            .transport()
            .executeAsync(operation.call(connect.calls()))
            .get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw unchecked(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      } catch (TimeoutException e) {
        throw new AssertionError("the future did not complete", e);
      }
    }
  };

  /** Each row of arguments once per execution path, the {@link Execution} first. */
  static Stream<Arguments> onBothPaths(List<Arguments> rows) {
    return rows.stream()
        .flatMap(
            row ->
                Arrays.stream(values())
                    .map(
                        execution -> {
                          Object[] args = new Object[row.get().length + 1];
                          args[0] = execution;
                          System.arraycopy(row.get(), 0, args, 1, row.get().length);
                          return Arguments.of(args);
                        }));
  }

  /** Runs {@code operation} against the fixture's worker and returns its result. */
  abstract Object run(ConnectServer connect, Operation operation);

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new AssertionError("the future failed with a checked exception", cause);
  }
}
