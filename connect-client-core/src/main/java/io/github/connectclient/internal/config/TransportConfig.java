package io.github.connectclient.internal.config;

import io.github.connectclient.internal.retry.RetrySettings;
import java.util.Objects;

/**
 * Everything a transport needs, grouped by concern; each group checks itself when built.
 *
 * @param workers where requests go (URLs, failover cool-down, redirects)
 * @param timeouts how long the client waits
 * @param retry how often and how long a call is retried
 * @param security headers, authorization, TLS, proxy, connector name policy
 * @param limits response size and concurrency
 * @param execution the HTTP client, threads and time
 */
public record TransportConfig(
    WorkerSettings workers,
    Timeouts timeouts,
    RetrySettings retry,
    SecuritySettings security,
    Limits limits,
    ExecutionSettings execution) {

  /** Checks that every group is there. */
  public TransportConfig {
    Objects.requireNonNull(workers, "workers == null");
    Objects.requireNonNull(timeouts, "timeouts == null");
    Objects.requireNonNull(retry, "retry == null");
    Objects.requireNonNull(security, "security == null");
    Objects.requireNonNull(limits, "limits == null");
    Objects.requireNonNull(execution, "execution == null");
  }
}
