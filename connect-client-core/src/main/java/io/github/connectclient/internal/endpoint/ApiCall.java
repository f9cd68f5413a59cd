package io.github.connectclient.internal.endpoint;

import io.github.connectclient.internal.json.JsonCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One call of an {@link Endpoint} as a client method makes it: the arguments as given, not yet
 * checked. {@link #prepare} checks them (before any request is sent) and encodes path and body.
 * Immutable.
 *
 * @param <T> the result type
 */
public final class ApiCall<T> {

  private final Endpoint<T> endpoint;
  private final List<Object> pathArguments;
  private final List<Map.Entry<String, String>> query;
  private final Object body;
  private final List<Feature> features;

  ApiCall(
      Endpoint<T> endpoint,
      List<Object> pathArguments,
      List<Map.Entry<String, String>> query,
      Object body,
      List<Feature> features) {
    this.endpoint = endpoint;
    this.pathArguments = Collections.unmodifiableList(pathArguments);
    this.query = query;
    this.body = body;
    this.features = features;
  }

  /** The same call with one more query parameter (parameters may repeat). */
  public ApiCall<T> query(String name, String value) {
    List<Map.Entry<String, String>> more = new ArrayList<>(query);
    more.add(Map.entry(name, value));
    return new ApiCall<>(endpoint, pathArguments, List.copyOf(more), body, features);
  }

  /** The same call with a body of the endpoint's {@link Body} kind. */
  public ApiCall<T> body(Object value) {
    if (endpoint.body() == null) {
      throw new IllegalStateException(endpoint + " takes no body");
    }
    return new ApiCall<>(endpoint, pathArguments, query, value, features);
  }

  /**
   * The same call, needing {@code feature} of the worker: set where an option is added that older
   * workers would ignore or refuse ({@link Features}).
   */
  public ApiCall<T> requires(Feature feature) {
    List<Feature> more = new ArrayList<>(features);
    more.add(feature);
    return new ApiCall<>(endpoint, pathArguments, query, body, List.copyOf(more));
  }

  /** The endpoint called. */
  public Endpoint<T> endpoint() {
    return endpoint;
  }

  /**
   * The call with its arguments checked and encoded.
   *
   * @param names which connector names may be sent
   * @param codec encodes the body
   * @throws IllegalArgumentException, NullPointerException or {@link
   *     io.github.connectclient.errors.UnsafeConnectorNameException} for a bad argument
   */
  public PreparedCall<T> prepare(ConnectorNamePolicy names, JsonCodec codec) {
    List<String> path = new ArrayList<>(pathArguments.size());
    for (int i = 0; i < pathArguments.size(); i++) {
      path.add(endpoint.params().get(i).check(pathArguments.get(i), names));
    }
    Body<?> kind = endpoint.body();
    byte[] json = null;
    List<String> secrets = List.of();
    List<Feature> requirements = endpoint.requirements();
    if (kind != null) {
      Object checked = kind.check(body, names);
      json = kind.encode(checked, codec);
      secrets = kind.secrets(body);
      requirements = concat(requirements, kind.requirements(body));
    }
    requirements = concat(requirements, features);
    List<Map.Entry<String, String>> parameters = concat(endpoint.query(), query);
    return new PreparedCall<>(endpoint, path, parameters, body, json, secrets, requirements);
  }

  /** {@code first} then {@code second}; one of them as it is when the other is empty. */
  private static <E> List<E> concat(List<E> first, List<? extends E> second) {
    if (second.isEmpty()) {
      return first;
    }
    List<E> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }
}
