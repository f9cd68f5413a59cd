package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ServerErrorException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * Errors only the real server can show. The client never sends malformed JSON, so an OkHttp
 * interceptor (the escape hatch users have too) corrupts the body on its way out.
 */
class ServerErrorsIT extends SharedClusterIT {

  @Test
  void malformedRequestBody_isAnswered500AndThrownAsServerError() {
    OkHttpClient corrupting =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  Request request = chain.request();
                  if (request.body() == null || request.body().contentLength() == 0) {
                    return chain.proceed(request);
                  }
                  RequestBody broken =
                      RequestBody.create("{bad json", MediaType.get("application/json"));
                  return chain.proceed(
                      request.newBuilder().method(request.method(), broken).build());
                })
            .build();
    try (ConnectClient client =
        ConnectClient.builder()
            .url(cluster.workerUrl(0))
            .okHttpClient(corrupting)
            .retryPolicy(RetryPolicy.none())
            .build()) {

      assertThatThrownBy(() -> client.createConnector(uniqueName("malformed"), Map.of("k", "v")))
          .isInstanceOfSatisfying(
              ServerErrorException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(500);
                assertThat(e.errorCode()).isEqualTo(500);
                assertThat(e.serverMessage()).contains("Unexpected character");
                assertThat(e.method()).isEqualTo("POST");
                assertThat(e.path()).isEqualTo("/connectors");
              });
    }
    corrupting.dispatcher().executorService().shutdown();
  }
}
