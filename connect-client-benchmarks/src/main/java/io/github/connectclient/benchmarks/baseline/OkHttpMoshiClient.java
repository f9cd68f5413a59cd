package io.github.connectclient.benchmarks.baseline;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.State;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The "plain OkHttp + Moshi" baseline: what a user would write by hand. One {@link OkHttpClient}
 * with its defaults, a GET, and Moshi's reflective record support (Moshi 1.15 on Java 16+) decoding
 * the body straight from OkHttp's source into the client's own public model records. The only help
 * it gets is an adapter per server enum calling the enum's own {@code fromString} (Moshi's default
 * enum adapter would reject {@code "source"}). No retries, no error mapping, no body cap, no
 * redaction: that is the difference the client's guarantees cost.
 */
public final class OkHttpMoshiClient implements AutoCloseable {

  private static final Type EXPANDED =
      Types.newParameterizedType(Map.class, String.class, ConnectorExpanded.class);

  private final OkHttpClient http = new OkHttpClient();
  private final String baseUrl;
  private final JsonAdapter<ConnectorStatus> status;
  private final JsonAdapter<Map<String, ConnectorExpanded>> expanded;

  /**
   * Creates the baseline against a worker.
   *
   * @param baseUrl the worker's URL, ending with a slash
   */
  public OkHttpMoshiClient(String baseUrl) {
    this.baseUrl = baseUrl;
    Moshi moshi =
        new Moshi.Builder()
            .add(State.class, new ServerEnum<>(State::fromString, State::serverValue))
            .add(
                ConnectorType.class,
                new ServerEnum<>(ConnectorType::fromString, ConnectorType::serverValue))
            .build();
    status = moshi.adapter(ConnectorStatus.class);
    expanded = moshi.adapter(EXPANDED);
  }

  /**
   * {@code GET /connectors/{name}/status}.
   *
   * @param name the connector (not encoded: the benchmark's names need none)
   * @return the decoded status
   */
  public ConnectorStatus getConnectorStatus(String name) {
    return get("connectors/" + name + "/status", status);
  }

  /**
   * {@code GET /connectors?expand=status&expand=info}.
   *
   * @return the decoded listing
   */
  public Map<String, ConnectorExpanded> listConnectorsExpanded() {
    return get("connectors?expand=status&expand=info", expanded);
  }

  private <T> T get(String path, JsonAdapter<T> adapter) {
    Request request = new Request.Builder().url(baseUrl + path).build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IOException("HTTP " + response.code());
      }
      return adapter.fromJson(response.body().source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** A server enum read by its own lenient lookup. */
  private static final class ServerEnum<E extends Enum<E>> extends JsonAdapter<E> {
    private final Function<String, E> lookup;
    private final Function<E, String> serverValue;

    ServerEnum(Function<String, E> lookup, Function<E, String> serverValue) {
      this.lookup = lookup;
      this.serverValue = serverValue;
    }

    @Override
    public E fromJson(JsonReader reader) throws IOException {
      return lookup.apply(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, E value) throws IOException {
      writer.value(value == null ? null : serverValue.apply(value));
    }
  }
}
