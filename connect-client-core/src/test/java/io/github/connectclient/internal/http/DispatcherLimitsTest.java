package io.github.connectclient.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ClientBuilder;
import io.github.connectclient.ConnectClient;
import io.github.connectclient.internal.config.BuilderAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The total limit OkHttp's dispatcher gets: the builder's, cut to what the per-worker limit lets
 * the workers' hosts hold, so the dispatcher stops scanning its waiting calls once all are busy.
 */
class DispatcherLimitsTest {

  @Test
  void oneWorker_byDefault_totalIsThePerWorkerLimit() {
    ConnectClient.Builder builder = ConnectClient.builder().url("http://worker-a:8083");

    assertThat(HttpClientFactory.effectiveTotal(BuilderAccess.config(builder, null)))
        .isEqualTo(ClientBuilder.DEFAULT_MAX_CONCURRENT_REQUESTS_PER_WORKER)
        .isEqualTo(64);
  }

  @Test
  void twoHosts_byDefault_totalIsTheBuildersTotal() {
    ConnectClient.Builder builder =
        ConnectClient.builder().urls(List.of("http://worker-a:8083", "http://worker-b:8083"));

    assertThat(HttpClientFactory.effectiveTotal(BuilderAccess.config(builder, null)))
        .isEqualTo(ClientBuilder.DEFAULT_MAX_CONCURRENT_REQUESTS)
        .isEqualTo(128);
  }

  @Test
  void twoWorkersOnOneHost_shareThePerHostLimit_asOkHttpCountsThem() {
    ConnectClient.Builder builder =
        ConnectClient.builder()
            .urls(List.of("http://127.0.0.1:8083", "http://127.0.0.1:8084"))
            .maxConcurrentRequests(100, 10);

    assertThat(HttpClientFactory.effectiveTotal(BuilderAccess.config(builder, null))).isEqualTo(10);
  }

  @Test
  void aSmallerTotal_isKept() {
    ConnectClient.Builder builder =
        ConnectClient.builder()
            .urls(List.of("http://worker-a:8083", "http://worker-b:8083"))
            .maxConcurrentRequests(3, 10);

    assertThat(HttpClientFactory.effectiveTotal(BuilderAccess.config(builder, null))).isEqualTo(3);
  }
}
