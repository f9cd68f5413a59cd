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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The kinds of request bodies: how the value a client method takes is checked (before any request
 * is sent), what it is encoded as, and which of its values are secrets to mask in messages.
 *
 * @param <B> the value the client method takes
 */
final class Body<B> {

  private static final Type STRING_MAP =
      Types.newParameterizedType(Map.class, String.class, String.class);

  /** A connector config: no null key or value. */
  static final Body<Map<String, String>> CONFIG =
      new Body<>(
          STRING_MAP, (config, names) -> Arguments.config(config), SecretMasking::sensitiveValues);

  /** A config patch: a null value removes the key; never the {@code name} key. */
  static final Body<Map<String, String>> PATCH =
      new Body<>(
          STRING_MAP, (patch, names) -> Arguments.patch(patch), SecretMasking::sensitiveValues);

  /**
   * A connector to create: its name is a connector name like any in a path; an initial state needs
   * a 3.7 worker.
   */
  static final Body<NewConnector> NEW_CONNECTOR =
      new Body<>(
          NewConnector.class,
          Body::checkNewConnector,
          request -> SecretMasking.sensitiveValues(request.config()),
          request -> request.initialState() == null ? List.of() : List.of(Features.INITIAL_STATE));

  /** Offsets to write: at least one partition. */
  static final Body<ConnectorOffsets> OFFSETS =
      new Body<>(
          ConnectorOffsets.class, (offsets, names) -> checkOffsets(offsets), offsets -> List.of());

  /** A log level, sent as {@code {"level": ...}}. */
  static final Body<String> LOGGER_LEVEL =
      new Body<>(
          STRING_MAP,
          (level, names) -> Map.of("level", Arguments.level(level)),
          level -> List.of());

  /**
   * A raw request's JSON text, sent as it is (checked to be JSON, never re-encoded); the values of
   * sensitive keys anywhere in it are secrets. May be null: no body.
   */
  static final Body<String> RAW_JSON =
      new Body<>(
          String.class,
          (json, names) -> json,
          SecretMasking::sensitiveValuesInJson,
          value -> List.of(),
          Body::encodeRawJson);

  private final Type type;
  private final BiFunction<B, ConnectorNamePolicy, Object> check;
  private final Function<B, List<String>> secrets;
  private final Function<B, List<Feature>> requirements;
  private final BiFunction<Object, JsonCodec, byte[]> encoder;

  private Body(
      Type type,
      BiFunction<B, ConnectorNamePolicy, Object> check,
      Function<B, List<String>> secrets) {
    this(type, check, secrets, value -> List.of());
  }

  private Body(
      Type type,
      BiFunction<B, ConnectorNamePolicy, Object> check,
      Function<B, List<String>> secrets,
      Function<B, List<Feature>> requirements) {
    this(type, check, secrets, requirements, null);
  }

  private Body(
      Type type,
      BiFunction<B, ConnectorNamePolicy, Object> check,
      Function<B, List<String>> secrets,
      Function<B, List<Feature>> requirements,
      BiFunction<Object, JsonCodec, byte[]> encoder) {
    this.type = type;
    this.check = check;
    this.secrets = secrets;
    this.requirements = requirements;
    this.encoder = encoder != null ? encoder : (checked, codec) -> codec.encode(checked, type);
  }

  /** The value to encode, after checking {@code value}; throws on a bad argument. */
  @SuppressWarnings("unchecked")
  Object check(Object value, ConnectorNamePolicy names) {
    return check.apply((B) value, names);
  }

  /** The checked value as the JSON bytes to send, or null for no body. */
  byte[] encode(Object checked, JsonCodec codec) {
    return encoder.apply(checked, codec);
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
  @SuppressWarnings("unchecked")
  List<Feature> requirements(Object value) {
    return requirements.apply((B) value);
  }

  /** The values of {@code value} never to show in a message (its config's secrets). */
  @SuppressWarnings("unchecked")
  List<String> secrets(Object value) {
    return secrets.apply((B) value);
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
