package io.github.connectclient.benchmarks.coldstart;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Cold start of raw OkHttp: a default client, one GET, the body as a string, exit. */
public final class OkHttpMain {

  private OkHttpMain() {}

  /**
   * Runs once.
   *
   * @param args the worker's URL and the connector's name
   * @throws IOException if the call fails
   */
  public static void main(String[] args) throws IOException {
    OkHttpClient client = new OkHttpClient();
    Request request =
        new Request.Builder().url(args[0] + "connectors/" + args[1] + "/status").build();
    try (Response response = client.newCall(request).execute()) {
      Answer.print(response.code() + " " + response.body().string().length() + " chars");
    }
  }
}
