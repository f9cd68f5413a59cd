package io.github.connectclient.internal.http;

import io.github.connectclient.errors.ConnectTransportException.WorkerFailure;
import io.github.resilience4j.retry.Retry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The progress of one call across its attempts. Confined to one attempt at a time. */
final class CallState<T> {

  final ApiCall<T> call;
  final Retry.AsyncContext<Object> retryContext;
  final Instant started;
  final List<WorkerFailure> ioFailures = new ArrayList<>();
  int attempt;
  boolean mayHaveApplied;

  CallState(ApiCall<T> call, Retry.AsyncContext<Object> retryContext, Instant started) {
    this.call = call;
    this.retryContext = retryContext;
    this.started = started;
  }
}
