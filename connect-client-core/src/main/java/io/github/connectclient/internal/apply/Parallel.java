package io.github.connectclient.internal.apply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one async task per input, at most {@code parallelism} at a time, without blocking a thread:
 * each finished task starts the next. Tasks are meant to record their own failures in their result
 * (a failed task fails the whole run). Once {@code stop} is done (the operation's future was
 * cancelled, or failed by a close) no further task starts, and those in flight are cancelled.
 */
final class Parallel<T, R> {

  private final List<T> inputs;
  private final Function<T, CompletableFuture<R>> task;
  private final Object[] results;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger remaining;
  private final Set<CompletableFuture<R>> inFlight = ConcurrentHashMap.newKeySet();
  private final CompletableFuture<List<R>> result = new CompletableFuture<>();
  private final CompletableFuture<?> stop;

  private Parallel(
      List<T> inputs, CompletableFuture<?> stop, Function<T, CompletableFuture<R>> task) {
    this.inputs = List.copyOf(inputs);
    this.stop = stop;
    this.task = task;
    this.results = new Object[inputs.size()];
    this.remaining = new AtomicInteger(inputs.size());
  }

  /**
   * The results of {@code task} over {@code inputs}, in input order, until {@code stop} is done.
   */
  static <T, R> CompletableFuture<List<R>> run(
      List<T> inputs,
      int parallelism,
      CompletableFuture<?> stop,
      Function<T, CompletableFuture<R>> task) {
    Parallel<T, R> run = new Parallel<>(inputs, stop, task);
    if (inputs.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    stop.whenComplete(
        (done, failure) -> {
          run.result.cancel(false);
          run.inFlight.forEach(future -> future.cancel(false));
        });
    for (int lane = 0; lane < Math.min(parallelism, inputs.size()); lane++) {
      run.lane();
    }
    return run.result;
  }

  /** Starts tasks until one does not finish at once, or none is left (a loop, not recursion). */
  private void lane() {
    while (!result.isDone()) {
      int index = next.getAndIncrement();
      if (index >= inputs.size()) {
        return;
      }
      T input = inputs.get(index);
      CompletableFuture<R> running = Failures.attempt(() -> task.apply(input));
      if (running.isDone()) {
        finish(index, running);
        continue;
      }
      inFlight.add(running);
      running.whenComplete(
          (value, failure) -> {
            inFlight.remove(running);
            finish(index, running);
            lane();
          });
      return;
    }
  }

  @SuppressWarnings("unchecked")
  private void finish(int index, CompletableFuture<R> done) {
    try {
      results[index] = done.join();
    } catch (RuntimeException failure) {
      result.completeExceptionally(Failures.unwrap(failure));
      return;
    }
    if (remaining.decrementAndGet() == 0) {
      List<R> ordered = new ArrayList<>(results.length);
      Arrays.stream(results).forEach(value -> ordered.add((R) value));
      result.complete(ordered);
    }
  }
}
