package io.github.connectclient.testsupport;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A Kafka Connect worker in memory, for a MockWebServer: the connector endpoints that plan, apply
 * and the bulk operations use, answering as the real worker does (the {@code name} key added to
 * stored configs, 404 for an unknown connector, 409 for a duplicate create). Requests may arrive
 * concurrently; it records them all and the most it saw at once.
 */
public final class FakeWorker extends Dispatcher {

  /** One request as received. */
  public record Request(String method, String target, String body) {
    /** Whether it changes something: not a GET, and not a validation. */
    public boolean isWrite() {
      return !method.equals("GET") && !target.endsWith("/config/validate");
    }
  }

  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<Object> JSON = MOSHI.adapter(Object.class);
  private static final JsonAdapter<Map<String, Object>> BODY =
      MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final Map<String, Map<String, String>> configs = new TreeMap<>();
  private final Map<String, String> states = new TreeMap<>();
  private final Map<String, Map<String, String>> invalid = new ConcurrentHashMap<>();
  private final Set<String> passwords = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> refused = new ConcurrentHashMap<>();
  private final Set<String> noStatus = ConcurrentHashMap.newKeySet();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private volatile String version = "4.3.1";
  private volatile long delayMillis;

  /** Adds a connector as stored: {@code config} plus the {@code name} key; state as given. */
  public synchronized FakeWorker connector(String name, Map<String, String> config, String state) {
    Map<String, String> stored = new LinkedHashMap<>(config);
    stored.put("name", name);
    configs.put(name, stored);
    states.put(name, state);
    return this;
  }

  /**
   * Connector {@code name} has no status yet, as right after a create: the expanded listing leaves
   * it out and its status is a 404.
   */
  public FakeWorker withoutStatus(String name) {
    noStatus.add(name);
    return this;
  }

  /** The version {@code GET /} reports. */
  public FakeWorker version(String version) {
    this.version = version;
    return this;
  }

  /** Validation of connector {@code name} reports {@code message} for {@code key}. */
  public FakeWorker invalid(String name, String key, String message) {
    invalid.computeIfAbsent(name, n -> new ConcurrentHashMap<>()).put(key, message);
    return this;
  }

  /** Validation reports {@code key} as of type PASSWORD. */
  public FakeWorker password(String key) {
    passwords.add(key);
    return this;
  }

  /** Every write about connector {@code name} is answered with {@code status}. */
  public FakeWorker refuse(String name, int status) {
    refused.put(name, status);
    return this;
  }

  /** Each answer waits this long first (so that requests overlap). */
  public FakeWorker delay(long millis) {
    this.delayMillis = millis;
    return this;
  }

  /** Every request so far, in arrival order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests that changed something. */
  public List<Request> writes() {
    return requests.stream().filter(Request::isWrite).toList();
  }

  /** The most requests that were being answered at once. */
  public int mostInFlight() {
    return mostInFlight.get();
  }

  /** The stored config of {@code name}, or null. */
  public synchronized Map<String, String> config(String name) {
    return configs.get(name);
  }

  /** The state of {@code name}, or null. */
  public synchronized String state(String name) {
    return states.get(name);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    requests.add(new Request(request.getMethod(), request.getTarget(), body));
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      boolean expand = request.getUrl().queryParameter("expand") != null;
      return answer(request.getMethod(), request.getUrl().pathSegments(), body, expand);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private synchronized MockResponse answer(
      String method, List<String> path, String body, boolean expand) {
    String name = path.size() > 1 ? path.get(1) : null;
    if (path.size() == 1 && path.get(0).isEmpty()) {
      return json(200, Map.of("version", version, "commit", "c0ffee", "kafka_cluster_id", "k"));
    }
    if (path.get(0).equals("connector-plugins")) {
      return json(200, FakeValidation.answer(strings(parse(body)), invalid, passwords));
    }
    if (path.size() == 1) {
      if (method.equals("POST")) {
        return create(parse(body));
      }
      return json(200, expand ? listing() : List.copyOf(configs.keySet()));
    }
    if (!method.equals("GET") && refused.containsKey(name)) {
      return error(refused.get(name), "refused by the test for " + name);
    }
    if (!configs.containsKey(name)) {
      return error(404, "Connector " + name + " not found");
    }
    String what = path.size() > 2 ? path.get(2) : "";
    switch (method + " " + what) {
      case "GET " -> {
        return json(200, info(name));
      }
      case "GET status" -> {
        return noStatus.contains(name)
            ? error(404, "No status found for connector " + name)
            : json(200, status(name));
      }
      case "PUT config" -> {
        Map<String, String> config = strings(parse(body));
        config.put("name", name);
        configs.put(name, config);
        return json(200, info(name));
      }
      case "PUT pause", "PUT resume", "PUT stop" -> {
        states.put(
            name, what.equals("pause") ? "PAUSED" : what.equals("stop") ? "STOPPED" : "RUNNING");
        return new MockResponse.Builder().code(202).build();
      }
      case "POST restart" -> {
        return new MockResponse.Builder().code(204).build();
      }
      case "DELETE " -> {
        configs.remove(name);
        states.remove(name);
        return new MockResponse.Builder().code(204).build();
      }
      default -> {
        return error(404, "HTTP 404 Not Found");
      }
    }
  }

  private MockResponse create(Map<String, Object> request) {
    String name = (String) request.get("name");
    if (refused.containsKey(name)) {
      return error(refused.get(name), "refused by the test for " + name);
    }
    if (configs.containsKey(name)) {
      return error(409, "Connector " + name + " already exists");
    }
    Map<String, String> config = strings(request.get("config"));
    config.put("name", name);
    configs.put(name, config);
    Object initial = request.get("initial_state");
    states.put(name, initial == null ? "RUNNING" : initial.toString());
    return json(201, info(name));
  }

  private Map<String, Object> listing() {
    Map<String, Object> all = new TreeMap<>();
    for (String name : configs.keySet()) {
      if (!noStatus.contains(name)) {
        all.put(name, Map.of("info", info(name), "status", status(name)));
      }
    }
    return all;
  }

  private Map<String, Object> info(String name) {
    List<Object> tasks =
        states.get(name).equals("STOPPED")
            ? List.of()
            : List.of(Map.of("connector", name, "task", 0));
    return Map.of("name", name, "config", configs.get(name), "tasks", tasks, "type", "source");
  }

  private Map<String, Object> status(String name) {
    String state = states.get(name);
    List<Object> tasks =
        state.equals("STOPPED")
            ? List.of()
            : List.of(Map.of("id", 0, "state", state, "worker_id", "w1:8083"));
    return Map.of(
        "name",
        name,
        "connector",
        Map.of("state", state, "worker_id", "w1:8083"),
        "tasks",
        tasks,
        "type",
        "source");
  }

  static Map<String, String> strings(Object map) {
    Map<String, String> out = new LinkedHashMap<>();
    ((Map<?, ?>) map).forEach((key, value) -> out.put((String) key, (String) value));
    return out;
  }

  private static Map<String, Object> parse(String body) {
    try {
      return BODY.fromJson(body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockResponse json(int status, Object body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(JSON.toJson(body))
        .build();
  }

  private static MockResponse error(int status, String message) {
    return json(status, Map.of("error_code", status, "message", message));
  }
}
