package io.github.connectclient.internal.http;

import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.internal.config.Sleeper;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.retry.AmbiguousCreate;
import io.github.connectclient.internal.retry.CallState;
import io.github.connectclient.internal.retry.Decision;
import io.github.connectclient.internal.retry.IoFailure;
import io.github.connectclient.internal.retry.RetryEngine;
import io.github.connectclient.model.ConnectorInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs a call on the calling thread: one attempt after another, as {@link RetryEngine#decide} says,
 * waiting between them with the {@link Sleeper}. Before each attempt the {@link VersionProbe}
 * checks that the worker it goes to is new enough for the call.
 */
final class BlockingExecutor {

  private final RequestFactory requests;
  private final Redirects redirects;
  private final AnswerReader answers;
  private final RetryEngine engine;
  private final VersionProbe versions;
  private final Sleeper sleeper;
  private final Runnable ensureOpen;

  BlockingExecutor(
      RequestFactory requests,
      Redirects redirects,
      AnswerReader answers,
      RetryEngine engine,
      VersionProbe versions,
      Sleeper sleeper,
      Runnable ensureOpen) {
    this.requests = requests;
    this.redirects = redirects;
    this.answers = answers;
    this.engine = engine;
    this.versions = versions;
    this.sleeper = sleeper;
    this.ensureOpen = ensureOpen;
  }

  /** The result of {@code call}, retried as the policy allows. */
  <T> T execute(PreparedCall<T> call) {
    return execute(call, null);
  }

  /**
   * The result of {@code call} sent to {@code only} (no failover), or to the client's workers when
   * it is null.
   */
  <T> T execute(PreparedCall<T> call, HttpUrl only) {
    CallState<T> state = engine.start(call, only);
    while (true) {
      HttpUrl worker = engine.beginAttempt(state);
      UnsupportedEndpointException refused = refusal(state, worker);
      if (refused != null) {
        throw refused;
      }
      try {
        T value = attempt(state, worker);
        engine.succeeded(state);
        return value;
      } catch (RuntimeException failure) {
        if (failure instanceof IoFailure) {
          versions.forget(worker);
        }
        Decision decision = engine.decide(state, worker, failure);
        switch (decision.kind()) {
          case DONE:
            return null;
          case SETTLE:
            return settle(call, decision.failure());
          case GIVE_UP:
            throw versions.explain(decision.failure(), worker).join();
          default:
            sleep(decision.delay());
            ensureOpen.run();
        }
      }
    }
  }

  /** Why the attempt must not go to {@code worker} (too old for the call), or null. */
  private UnsupportedEndpointException refusal(CallState<?> state, HttpUrl worker) {
    try {
      return versions.refusal(state, worker).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectClientException("interrupted while asking the worker for its version", e);
    } catch (ExecutionException unexpected) {
      // the probe never fails: a version it cannot read lets the call go
      return null;
    }
  }

  private <T> T attempt(CallState<T> state, HttpUrl worker) {
    Request request = requests.build(state.call(), worker);
    for (int hop = 0; ; hop++) {
      Call httpCall = requests.newCall(request, state);
      try (Response response = httpCall.execute()) {
        Request redirect = redirects.next(response, hop);
        if (redirect != null) {
          request = redirect;
          continue;
        }
        state.answered(response.code());
        return answers.read(state.call(), state.attempt(), response, worker);
      } catch (IOException e) {
        throw IoFailure.of(worker, e);
      }
    }
  }

  private <T> T settle(PreparedCall<T> create, RuntimeException createFailure) {
    ConnectorInfo found;
    try {
      found = execute(requests.prepare(AmbiguousCreate.readBack(create)));
    } catch (RuntimeException readFailure) {
      throw AmbiguousCreate.unknown(create, createFailure, readFailure);
    }
    return AmbiguousCreate.conclude(create, found, createFailure);
  }

  private void sleep(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectClientException("interrupted while waiting to retry", e);
    }
  }
}
