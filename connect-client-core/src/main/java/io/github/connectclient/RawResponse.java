package io.github.connectclient;

import io.github.connectclient.errors.MalformedResponseException;
import io.github.connectclient.internal.endpoint.SecretMasking;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.internal.json.JsonDecodeException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A worker's successful answer (2xx) to a {@link RawRequest}: its status, headers and body as text,
 * and a typed decode, {@link #as(Class)}, with the client's JSON rules (the model records, unknown
 * fields ignored, unknown enum values {@code UNKNOWN}). Error answers never get here: they are
 * thrown as the typed exceptions of their meaning, as for every typed call.
 *
 * <p>The body is what the worker sent, secrets included: {@link #toString()} shows neither the body
 * nor the header values.
 */
public final class RawResponse {

  private final RawRequest request;
  private final int status;
  private final Map<String, List<String>> headers;
  private final String body;

  /**
   * A response, e.g. for a fake client in tests.
   *
   * @param status the HTTP status
   * @param headers the headers by name (looked up ignoring case), values in order
   * @param body the body as text, empty when there was none
   */
  public RawResponse(int status, Map<String, List<String>> headers, String body) {
    this(null, status, headers, body);
  }

  /**
   * The response to {@code request}, which names the call in the messages of {@link #as}.
   *
   * @param request the request answered, or {@code null}
   * @param status the HTTP status
   * @param headers the headers by name (looked up ignoring case), values in order
   * @param body the body as text, empty when there was none
   */
  public RawResponse(
      RawRequest request, int status, Map<String, List<String>> headers, String body) {
    this.request = request;
    this.status = status;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Objects.requireNonNull(headers, "headers == null")
        .forEach(
            (name, values) -> {
              List<String> all = new ArrayList<>(copy.getOrDefault(name, List.of()));
              all.addAll(values);
              copy.remove(name);
              copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(all));
            });
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body == null ? "" : body;
  }

  /**
   * The HTTP status, 2xx.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Every header by name (in lower case, looked up ignoring case), values in order.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of header {@code name} (ignoring case), if there is one.
   *
   * @param name the name
   * @return the header
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The body as text; empty when there was none (202, 204).
   *
   * @return the body
   */
  public String body() {
    return body;
  }

  /**
   * The request this answers, or {@code null} when the response was made without one.
   *
   * @return the request
   */
  public RawRequest request() {
    return request;
  }

  /**
   * The body decoded as {@code type}, e.g. {@code as(ConnectorStatus.class)}, with the rules of
   * every typed call.
   *
   * @throws MalformedResponseException when the body is not JSON of that shape (or is empty)
   * @param <T> the type of the result
   * @param type the type
   * @return the body decoded
   */
  public <T> T as(Class<T> type) {
    return as((Type) type);
  }

  /**
   * The body decoded as the generic {@code type}, e.g. {@code
   * Types.newParameterizedType(List.class, PluginInfo.class)}.
   *
   * @throws MalformedResponseException when the body is not JSON of that shape (or is empty)
   * @param <T> the type of the result
   * @param type the type
   * @return the body decoded
   */
  public <T> T as(Type type) {
    Objects.requireNonNull(type, "type == null");
    try {
      return Codec.INSTANCE.decode(body, type);
    } catch (JsonDecodeException e) {
      // a decoding message may quote a value: mask the secrets the request sent, and then drop
      // the cause, whose message would still show them
      String detail = e.getMessage();
      String masked =
          SecretMasking.mask(
              detail,
              request == null ? List.of() : SecretMasking.sensitiveValuesInJson(request.body()));
      return throwMalformed(e.path(), masked, Objects.equals(masked, detail) ? e : null);
    }
  }

  private <T> T throwMalformed(String jsonPath, String detail, Throwable cause) {
    String method = request == null ? "?" : request.method();
    String path = request == null ? "?" : "/" + String.join("/", request.segments());
    throw new MalformedResponseException(method, path, status, jsonPath, detail, cause);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawResponse that
        && status == that.status
        && headers.equals(that.headers)
        && body.equals(that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, body);
  }

  /** The status, the header names and the body's length; never a header value or the body. */
  @Override
  public String toString() {
    return "RawResponse[status="
        + status
        + ", headers="
        + headers.keySet()
        + ", body of "
        + body.length()
        + " chars]";
  }

  /** The codec, built on first use. */
  private static final class Codec {
    static final JsonCodec INSTANCE = JsonCodec.create();
  }
}
