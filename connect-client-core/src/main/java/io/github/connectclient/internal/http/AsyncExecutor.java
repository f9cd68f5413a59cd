package io.github.connectclient.internal.http;

import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.retry.AmbiguousCreate;
import io.github.connectclient.internal.retry.Decision;
import io.github.connectclient.internal.retry.IoFailure;
import io.github.connectclient.internal.retry.RetryEngine;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs a call without blocking a thread: each attempt is an enqueued OkHttp call, each wait a task
 * on the scheduler, and what follows a failed attempt is what {@link RetryEngine#decide} says, as
 * for the {@link BlockingExecutor}; before each attempt the {@link VersionProbe} checks that the
 * worker it goes to is new enough for the call. Futures complete through the {@link
 * CompletionHandOff}.
 */
final class AsyncExecutor {

  private final RequestFactory requests;
  private final Redirects redirects;
  private final AnswerReader answers;
  private final RetryEngine engine;
  private final VersionProbe versions;
  private final Supplier<ScheduledExecutorService> scheduler;
  private final CompletionHandOff handOff;
  private final BooleanSupplier closed;

  AsyncExecutor(
      RequestFactory requests,
      Redirects redirects,
      AnswerReader answers,
      RetryEngine engine,
      VersionProbe versions,
      Supplier<ScheduledExecutorService> scheduler,
      CompletionHandOff handOff,
      BooleanSupplier closed) {
    this.requests = requests;
    this.redirects = redirects;
    this.answers = answers;
    this.engine = engine;
    this.versions = versions;
    this.scheduler = scheduler;
    this.handOff = handOff;
    this.closed = closed;
  }

  /**
   * The result of {@code call}. Cancelling the returned future cancels the HTTP call in flight and
   * any scheduled retry.
   */
  <T> CompletableFuture<T> execute(PreparedCall<T> call) {
    return execute(call, null);
  }

  /**
   * {@link #execute(PreparedCall)} to {@code only} (no failover), or to the client's workers when
   * it is null.
   */
  <T> CompletableFuture<T> execute(PreparedCall<T> call, HttpUrl only) {
    AsyncCall<T> async = new AsyncCall<>(engine.start(call, only));
    async.result.whenComplete(
        (value, failure) -> {
          if (async.result.isCancelled()) {
            async.cancel();
          }
          async.cancelHedge(); // the first answer won: the other attempt is not needed
        });
    attempt(async);
    return async.result;
  }

  private <T> void attempt(AsyncCall<T> async) {
    if (async.result.isDone()) {
      return;
    }
    if (closed.getAsBoolean()) {
      handOff.fail(async.result, new IllegalStateException("the connect client is closed"));
      return;
    }
    HttpUrl worker = engine.beginAttempt(async.state);
    versions
        .refusal(async.state, worker)
        .whenComplete(
            (refused, unexpected) -> {
              if (refused != null) {
                handOff.fail(async.result, refused);
              } else {
                send(async, worker);
              }
            });
  }

  private <T> void send(AsyncCall<T> async, HttpUrl worker) {
    if (async.result.isDone()) {
      return;
    }
    Request request;
    try {
      request = requests.build(async.state.call(), worker);
    } catch (RuntimeException e) {
      // e.g. the bearer token supplier threw; on a scheduled retry nobody else would see it. The
      // engine gives up on it, as the blocking executor's does, and reports the attempt.
      onAttemptFailed(async, worker, e);
      return;
    }
    send(async, request, worker, 0);
    java.time.Duration hedgeAfter = requests.hedgeAfter(async.state.call());
    if (hedgeAfter != null && async.state.attempt() == 1) {
      try {
        async.scheduled =
            scheduler
                .get()
                .schedule(() -> hedge(async, worker), hedgeAfter.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException shutDown) {
        // closing: the first attempt goes on alone
      }
    }
  }

  /**
   * The hedged attempt of a read whose first attempt at {@code first} has not answered: the same
   * request to another worker. Its answer completes the call if it comes first (the first attempt
   * is then cancelled); its failure is ignored, the first attempt and its retries go on.
   */
  private <T> void hedge(AsyncCall<T> async, HttpUrl first) {
    HttpUrl other = engine.hedgeWorker(first);
    if (async.result.isDone() || other == null || closed.getAsBoolean()) {
      return;
    }
    Call hedged;
    try {
      hedged = requests.newCall(requests.build(async.state.call(), other), async.state);
    } catch (RuntimeException e) {
      return; // e.g. the token supplier threw; the first attempt reports what it meets
    }
    async.hedge = hedged;
    hedged.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call failed, IOException e) {
            // ignored: the first attempt decides how the call fails
          }

          @Override
          public void onResponse(Call answered, Response response) {
            T value;
            try (response) {
              if (!response.isSuccessful()) {
                return;
              }
              value = answers.read(async.state.call(), async.state.attempt(), response, other);
            } catch (IOException | RuntimeException failure) {
              return; // ignored, as a failure
            }
            if (!async.result.isDone() && !async.hedgeWon) {
              async.hedgeWon = true;
              Call primary = async.inFlight;
              engine.succeeded(async.state);
              handOff.complete(async.result, value);
              if (primary != null) {
                primary.cancel();
              }
            }
          }
        });
  }

  private <T> void send(AsyncCall<T> async, Request request, HttpUrl worker, int hop) {
    Call httpCall = requests.newCall(request, async.state);
    async.inFlight = httpCall;
    if (async.result.isDone()) {
      httpCall.cancel();
      return;
    }
    httpCall.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call failed, IOException e) {
            onAttemptFailed(async, worker, IoFailure.of(worker, e));
          }

          @Override
          public void onResponse(Call answered, Response response) {
            T value;
            try (response) {
              Request redirect = redirects.next(response, hop);
              if (redirect != null) {
                send(async, redirect, worker, hop + 1);
                return;
              }
              async.state.answered(response.code());
              value = answers.read(async.state.call(), async.state.attempt(), response, worker);
            } catch (IOException e) {
              onAttemptFailed(async, worker, IoFailure.of(worker, e));
              return;
            } catch (RuntimeException failure) {
              onAttemptFailed(async, worker, failure);
              return;
            }
            engine.succeeded(async.state);
            handOff.complete(async.result, value);
          }
        });
  }

  private <T> void onAttemptFailed(AsyncCall<T> async, HttpUrl worker, RuntimeException failure) {
    if (async.result.isDone() || async.hedgeWon) {
      return;
    }
    if (failure instanceof IoFailure) {
      versions.forget(worker);
    }
    Decision decision;
    try {
      decision = engine.decide(async.state, worker, failure);
    } catch (RuntimeException unexpected) {
      handOff.fail(async.result, unexpected);
      return;
    }
    switch (decision.kind()) {
      case DONE -> handOff.complete(async.result, null);
      case SETTLE -> settle(async, decision.failure());
      case GIVE_UP ->
          versions
              .explain(decision.failure(), worker)
              .thenAccept(explained -> handOff.fail(async.result, explained));
      default -> retryLater(async, decision);
    }
  }

  private <T> void retryLater(AsyncCall<T> async, Decision decision) {
    if (decision.delay().isZero()) {
      attempt(async);
      return;
    }
    try {
      async.scheduled =
          scheduler
              .get()
              .schedule(() -> attempt(async), decision.delay().toMillis(), TimeUnit.MILLISECONDS);
      if (async.result.isDone()) {
        async.scheduled.cancel(false); // cancelled while the retry was being scheduled
      }
    } catch (RejectedExecutionException shutDown) {
      handOff.fail(
          async.result, new IllegalStateException("the connect client is closed", shutDown));
    }
  }

  private <T> void settle(AsyncCall<T> async, RuntimeException createFailure) {
    PreparedCall<T> create = async.state.call();
    CompletableFuture<T> settled;
    try {
      settled =
          execute(requests.prepare(AmbiguousCreate.readBack(create)))
              .handle(
                  (found, readFailure) -> {
                    if (readFailure != null) {
                      throw AmbiguousCreate.unknown(create, createFailure, unwrap(readFailure));
                    }
                    return AmbiguousCreate.conclude(create, found, createFailure);
                  });
    } catch (RuntimeException unreadable) {
      settled = CompletableFuture.failedFuture(unreadable);
    }
    settled.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            handOff.complete(async.result, value);
          } else {
            handOff.fail(async.result, unwrap(failure));
          }
        });
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
