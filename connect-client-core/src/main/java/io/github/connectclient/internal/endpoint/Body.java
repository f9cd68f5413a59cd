package io.github.connectclient.internal.endpoint;

import com.squareup.moshi.Types;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.internal.json.JsonDecodeException;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.NewConnector;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The kinds of request bodies: how the value a client method takes is checked (before any request
 * is sent), what it is encoded as, and which of its values are secrets to mask in messages.
 *
 * @param <B> the value the client method takes
 */
final class Body<B> {

  private static final Type STRING_MAP =
      Types.newParameterizedType(Map.class, String.class, String.class);

  // The kinds are told apart by a number rather than by lambdas: each lambda is a class spun at
  // run time when the endpoint table is first built, on the cold path of a client's first call.
  private static final int KIND_CONFIG = 0;
  private static final int KIND_PATCH = 1;
  private static final int KIND_NEW_CONNECTOR = 2;
  private static final int KIND_OFFSETS = 3;
  private static final int KIND_LOGGER_LEVEL = 4;
  private static final int KIND_RAW_JSON = 5;

  /** A connector config: no null key or value. */
  static final Body<Map<String, String>> CONFIG = new Body<>(STRING_MAP, KIND_CONFIG);

  /** A config patch: a null value removes the key; never the {@code name} key. */
  static final Body<Map<String, String>> PATCH = new Body<>(STRING_MAP, KIND_PATCH);

  /**
   * A connector to create: its name is a connector name like any in a path; an initial state needs
   * a 3.7 worker.
   */
  static final Body<NewConnector> NEW_CONNECTOR =
      new Body<>(NewConnector.class, KIND_NEW_CONNECTOR);

  /** Offsets to write: at least one partition. */
  static final Body<ConnectorOffsets> OFFSETS = new Body<>(ConnectorOffsets.class, KIND_OFFSETS);

  /** A log level, sent as {@code {"level": ...}}. */
  static final Body<String> LOGGER_LEVEL = new Body<>(STRING_MAP, KIND_LOGGER_LEVEL);

  /**
   * A raw request's JSON text, sent as it is (checked to be JSON, never re-encoded); the values of
   * sensitive keys anywhere in it are secrets. May be null: no body.
   */
  static final Body<String> RAW_JSON = new Body<>(String.class, KIND_RAW_JSON);

  private final Type type;
  private final int kind;

  private Body(Type type, int kind) {
    this.type = type;
    this.kind = kind;
  }

  /** The value to encode, after checking {@code value}; throws on a bad argument. */
  @SuppressWarnings("unchecked")
  Object check(Object value, ConnectorNamePolicy names) {
    return switch (kind) {
      case KIND_CONFIG -> Arguments.config((Map<String, String>) value);
      case KIND_PATCH -> Arguments.patch((Map<String, String>) value);
      case KIND_NEW_CONNECTOR -> checkNewConnector((NewConnector) value, names);
      case KIND_OFFSETS -> checkOffsets((ConnectorOffsets) value);
      case KIND_LOGGER_LEVEL -> Map.of("level", Arguments.level((String) value));
      case KIND_RAW_JSON -> value;
      default -> throw new IllegalStateException("unknown body kind " + kind);
    };
  }

  /** The checked value as the JSON bytes to send, or null for no body. */
  byte[] encode(Object checked, JsonCodec codec) {
    return kind == KIND_RAW_JSON ? encodeRawJson(checked, codec) : codec.encode(checked, type);
  }

  /** A raw request's JSON text as it is, once checked to be JSON; null for none. */
  private static byte[] encodeRawJson(Object checked, JsonCodec codec) {
    if (checked == null) {
      return null;
    }
    String json = (String) checked;
    try {
      codec.decode(json, Object.class);
    } catch (JsonDecodeException e) {
      throw new IllegalArgumentException("body is not JSON: " + e.getMessage(), e);
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** What the fields {@code value} sets need of the worker (a checked value). */
  List<Feature> requirements(Object value) {
    return kind == KIND_NEW_CONNECTOR && ((NewConnector) value).initialState() != null
        ? List.of(Features.INITIAL_STATE)
        : List.of();
  }

  /** The values of {@code value} never to show in a message (its config's secrets). */
  @SuppressWarnings("unchecked")
  List<String> secrets(Object value) {
    return switch (kind) {
      case KIND_CONFIG, KIND_PATCH -> SecretMasking.sensitiveValues((Map<String, String>) value);
      case KIND_NEW_CONNECTOR -> SecretMasking.sensitiveValues(((NewConnector) value).config());
      case KIND_RAW_JSON -> SecretMasking.sensitiveValuesInJson((String) value);
      default -> List.of();
    };
  }

  private static NewConnector checkNewConnector(NewConnector request, ConnectorNamePolicy names) {
    Arguments.notNull(request, "request");
    Arguments.connectorName(request.name(), "name", names);
    Arguments.config(request.config());
    return request;
  }

  private static ConnectorOffsets checkOffsets(ConnectorOffsets offsets) {
    Arguments.notNull(offsets, "offsets");
    if (offsets.offsets().isEmpty()) {
      throw new IllegalArgumentException("offsets must list at least one partition");
    }
    return offsets;
  }
}
