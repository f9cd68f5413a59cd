package io.github.connectclient;

import io.github.connectclient.model.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request the typed API does not cover yet (an endpoint a newer worker adds, a vendor's
 * extension), for {@link ConnectClient#request(RawRequest)}: the HTTP method, the path as segments,
 * query parameters and an optional JSON body. Immutable; {@link #query} and {@link #body} return a
 * new request.
 *
 * <pre>{@code
 * RawResponse answer = client.request(RawRequest.get("connectors", name, "tasks-config"));
 * Map<?, ?> configs = answer.as(Map.class);
 * }</pre>
 *
 * <p>Each segment is sent percent-encoded as ONE path segment, whatever it holds ({@code a/b}
 * becomes {@code a%2Fb}, never two segments); never pass a preformatted path. A segment that is
 * empty, {@code .} or {@code ..} is refused when the request is sent. The connector name policy of
 * the client does not apply: the client cannot tell which segment names a connector.
 *
 * @param method {@code GET}, {@code PUT}, {@code POST}, {@code PATCH} or {@code DELETE}
 * @param segments the path segments, unencoded; none for {@code /}
 * @param query the query parameters in order (a name may repeat), unencoded
 * @param body the JSON text to send, or {@code null} for none (never with {@code GET})
 */
public record RawRequest(
    String method, List<String> segments, List<QueryParameter> query, String body) {

  private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "PATCH", "DELETE");

  /**
   * One query parameter.
   *
   * @param name its name, not blank
   * @param value its value, not null (may be empty)
   */
  public record QueryParameter(String name, String value) {

    /**
     * Checks the values.
     *
     * @param name the name
     * @param value the value
     */
    public QueryParameter {
      Objects.requireNonNull(name, "query parameter name == null");
      Objects.requireNonNull(value, "query parameter value == null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("query parameter name must not be blank");
      }
    }
  }

  /**
   * Checks and copies the values.
   *
   * @throws IllegalArgumentException for another method, or a body with {@code GET}
   * @throws NullPointerException for a null method, segment or parameter
   * @param body the body
   * @param method the method
   * @param query the query
   * @param segments the segments
   */
  public RawRequest {
    Objects.requireNonNull(method, "method == null");
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException(
          "method must be GET, PUT, POST, PATCH or DELETE but was " + method);
    }
    Objects.requireNonNull(segments, "segments == null");
    for (String segment : segments) {
      Objects.requireNonNull(segment, "segment == null");
    }
    segments = List.copyOf(segments);
    query = List.copyOf(Objects.requireNonNull(query, "query == null"));
    if (body != null && method.equals("GET")) {
      throw new IllegalArgumentException("a GET request has no body");
    }
  }

  /**
   * {@code GET} of the path made of {@code segments}.
   *
   * @param segments the segments
   * @return the get
   */
  public static RawRequest get(String... segments) {
    return of("GET", segments);
  }

  /**
   * {@code PUT} of the path made of {@code segments}; idempotent, retried like a typed PUT.
   *
   * @param segments the segments
   * @return the put
   */
  public static RawRequest put(String... segments) {
    return of("PUT", segments);
  }

  /**
   * {@code POST} of the path made of {@code segments}; never repeated once it may have applied.
   *
   * @param segments the segments
   * @return the post
   */
  public static RawRequest post(String... segments) {
    return of("POST", segments);
  }

  /**
   * {@code PATCH} of the path made of {@code segments}; idempotent.
   *
   * @param segments the segments
   * @return the patch
   */
  public static RawRequest patch(String... segments) {
    return of("PATCH", segments);
  }

  /**
   * {@code DELETE} of the path made of {@code segments}; idempotent.
   *
   * @param segments the segments
   * @return the delete
   */
  public static RawRequest delete(String... segments) {
    return of("DELETE", segments);
  }

  private static RawRequest of(String method, String... segments) {
    Objects.requireNonNull(segments, "segments == null");
    return new RawRequest(method, Arrays.asList(segments), List.of(), null);
  }

  /**
   * This request with one more query parameter (a name may repeat).
   *
   * @param name the name
   * @param value the value
   * @return the query
   */
  public RawRequest query(String name, String value) {
    List<QueryParameter> more = new ArrayList<>(query);
    more.add(new QueryParameter(name, value));
    return new RawRequest(method, segments, more, body);
  }

  /**
   * This request with {@code json} as its body, sent as it is with {@code Content-Type:
   * application/json}; checked to be JSON when the request is sent. The values of sensitive keys in
   * it ({@code *.password}, ...) are masked in every message that would echo them.
   *
   * @throws IllegalArgumentException for a {@code GET} request
   * @param json the json
   * @return the body
   */
  public RawRequest body(String json) {
    return new RawRequest(method, segments, query, Objects.requireNonNull(json, "json == null"));
  }

  /**
   * The method, the segments and the query, the values of sensitive parameters masked; never the
   * body, which may hold secrets (only its length).
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RawRequest[").append(method).append(' ');
    out.append('/').append(String.join("/", segments));
    char separator = '?';
    for (QueryParameter parameter : query) {
      out.append(separator)
          .append(parameter.name())
          .append('=')
          .append(Redaction.maskValue(parameter.name(), parameter.value()));
      separator = '&';
    }
    if (body != null) {
      out.append(", body of ").append(body.length()).append(" chars");
    }
    return out.append(']').toString();
  }
}
