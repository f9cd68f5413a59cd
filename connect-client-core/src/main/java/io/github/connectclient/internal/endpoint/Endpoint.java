package io.github.connectclient.internal.endpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One REST operation, described once as data: method, path template (whose placeholders say how
 * each argument is checked), body kind, fixed query, how safe a repeat is, what a 404 from it
 * means, how an ambiguous outcome is settled, which timeout an attempt gets, the Kafka version that
 * introduced it (and that of any option it always sends) and how its answer is read. The executors
 * interpret these fields; nothing compares endpoints by identity. Build one with {@link #get},
 * {@link #put}, {@link #post}, {@link #patch} or {@link #delete}.
 *
 * @param <T> the result type
 */
public final class Endpoint<T> {

  private final String operation;
  private final String method;
  private final String template;
  private final List<String> segments;
  private final List<Param> params;
  private final Body<?> body;
  private final List<Map.Entry<String, String>> query;
  private final RetryClass retryClass;
  private final TimeoutKind timeoutKind;
  private final Subject subject;
  private final Recovery recovery;
  private final String since;
  private final List<Feature> features;
  private final Set<Integer> alsoAccepted;
  private final ResponseReader<T> reader;

  private Endpoint(Builder builder, ResponseReader<T> reader) {
    this.operation = builder.operation;
    this.method = builder.method;
    this.template = builder.template;
    this.body = builder.body;
    this.query = List.copyOf(builder.query);
    this.retryClass = builder.retryClass;
    this.timeoutKind = builder.timeoutKind;
    this.subject = builder.subject;
    this.recovery = builder.recovery;
    this.since = builder.since;
    this.features = List.copyOf(builder.features);
    this.alsoAccepted = Set.copyOf(builder.alsoAccepted);
    this.reader = Objects.requireNonNull(reader, "reader == null");
    List<String> parsed = new ArrayList<>();
    List<Param> kinds = new ArrayList<>();
    for (String segment : template.split("/")) {
      if (!segment.isEmpty()) {
        parsed.add(segment);
        if (segment.startsWith("{")) {
          kinds.add(Param.named(segment));
        }
      }
    }
    this.segments = List.copyOf(parsed);
    this.params = List.copyOf(kinds);
  }

  /** A read: safe to repeat. */
  static Builder get(String operation, String template) {
    return new Builder(operation, "GET", template, RetryClass.SAFE);
  }

  /** A write whose repetition has the same outcome. */
  static Builder put(String operation, String template) {
    return new Builder(operation, "PUT", template, RetryClass.IDEMPOTENT);
  }

  /** A write that must not be repeated once it may have been applied, unless said otherwise. */
  static Builder post(String operation, String template) {
    return new Builder(operation, "POST", template, RetryClass.NON_IDEMPOTENT);
  }

  /** A partial update; idempotent. */
  static Builder patch(String operation, String template) {
    return new Builder(operation, "PATCH", template, RetryClass.IDEMPOTENT);
  }

  /** A delete; idempotent. */
  static Builder delete(String operation, String template) {
    return new Builder(operation, "DELETE", template, RetryClass.IDEMPOTENT);
  }

  /**
   * An endpoint of {@code method} ({@code GET}, {@code PUT}, {@code POST}, {@code PATCH} or {@code
   * DELETE}), safe to repeat as that method implies.
   */
  static Builder of(String operation, String method, String template) {
    return switch (method) {
      case "GET" -> get(operation, template);
      case "PUT" -> put(operation, template);
      case "POST" -> post(operation, template);
      case "PATCH" -> patch(operation, template);
      case "DELETE" -> delete(operation, template);
      default -> throw new IllegalArgumentException("unsupported HTTP method " + method);
    };
  }

  /** A call of this endpoint with its path arguments in template order ({@code int} for a task). */
  public ApiCall<T> call(Object... pathArguments) {
    if (pathArguments.length != params.size()) {
      throw new IllegalArgumentException(
          template + " takes " + params.size() + " path arguments, got " + pathArguments.length);
    }
    return new ApiCall<>(this, Arrays.asList(pathArguments.clone()), List.of(), null, List.of());
  }

  /** The client method's name. */
  public String operation() {
    return operation;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path template. */
  public String template() {
    return template;
  }

  /** How safe a repeat is. */
  public RetryClass retryClass() {
    return retryClass;
  }

  /** Which per-attempt timeout its calls get. */
  public TimeoutKind timeoutKind() {
    return timeoutKind;
  }

  /** What the path names. */
  public Subject subject() {
    return subject;
  }

  /** How a failure after the server may have applied the call is settled. */
  public Recovery recovery() {
    return recovery;
  }

  /** The Kafka version that introduced the endpoint. */
  public String since() {
    return since;
  }

  /** Whether a non-2xx {@code status} is read as a result. */
  public boolean acceptsStatus(int status) {
    return alsoAccepted.contains(status);
  }

  /** How to read a successful answer. */
  public ResponseReader<T> reader() {
    return reader;
  }

  List<String> segments() {
    return segments;
  }

  List<Param> params() {
    return params;
  }

  Body<?> body() {
    return body;
  }

  List<Map.Entry<String, String>> query() {
    return query;
  }

  /** What every call of this endpoint needs of the worker: the route, then its fixed options. */
  List<Feature> requirements() {
    Feature route = Feature.route(this);
    if (route == null) {
      return features;
    }
    List<Feature> all = new ArrayList<>(features.size() + 1);
    all.add(route);
    all.addAll(features);
    return all;
  }

  @Override
  public String toString() {
    return method + " " + template;
  }

  /** The description of one endpoint; {@link #reads} completes it. */
  static final class Builder {
    private final String operation;
    private final String method;
    private final String template;
    private RetryClass retryClass;
    private TimeoutKind timeoutKind;
    private Subject subject = Subject.NONE;
    private Recovery recovery = Recovery.NONE;
    private String since = Feature.FIRST_VERSION;
    private final List<Feature> features = new ArrayList<>();
    private Body<?> body;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final List<Integer> alsoAccepted = new ArrayList<>();

    private Builder(String operation, String method, String template, RetryClass retryClass) {
      this.operation = operation;
      this.method = method;
      this.template = template;
      this.retryClass = retryClass;
      this.timeoutKind = method.equals("GET") ? TimeoutKind.READ : TimeoutKind.WRITE;
    }

    /** What the path names, which decides what a 404 means. Default: nothing. */
    Builder about(Subject subject) {
      this.subject = subject;
      return this;
    }

    /** The Kafka version that introduced the endpoint. Default 0.10.0 (Connect's first). */
    Builder since(String version) {
      this.since = version;
      return this;
    }

    /** Something every call sends that a worker has only since {@code feature.since()}. */
    Builder requires(Feature feature) {
      features.add(feature);
      return this;
    }

    /** How safe a repeat is, when not what the method implies. */
    Builder retry(RetryClass retryClass) {
      this.retryClass = retryClass;
      return this;
    }

    /** Which per-attempt timeout applies. Default: a read for a GET, a write otherwise. */
    Builder timeout(TimeoutKind kind) {
      this.timeoutKind = kind;
      return this;
    }

    /** How an ambiguous failure is settled. Default: it is not. */
    Builder recovery(Recovery recovery) {
      this.recovery = recovery;
      return this;
    }

    /** The kind of request body. Default: none. */
    Builder body(Body<?> body) {
      this.body = body;
      return this;
    }

    /** A query parameter every call sends (parameters may repeat). */
    Builder query(String name, String value) {
      query.add(Map.entry(name, value));
      return this;
    }

    /**
     * Non-2xx statuses whose body is a result ({@code GET /health} answers 503 "starting" and 500
     * "unhealthy" with a health body).
     */
    Builder alsoAccepting(Integer... statuses) {
      alsoAccepted.addAll(List.of(statuses));
      return this;
    }

    /** The endpoint, reading its successful answers with {@code reader}. */
    <T> Endpoint<T> reads(ResponseReader<T> reader) {
      return new Endpoint<>(this, reader);
    }
  }
}
