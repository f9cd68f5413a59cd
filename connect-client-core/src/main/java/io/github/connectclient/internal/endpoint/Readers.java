package io.github.connectclient.internal.endpoint;

import com.squareup.moshi.Types;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.Redaction;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ways an endpoint reads its successful answer. */
public final class Readers {

  private static final Type CONFIG =
      Types.newParameterizedType(Map.class, String.class, String.class);
  private static final Type TOPICS =
      Types.newParameterizedType(Map.class, String.class, ActiveTopics.class);

  private Readers() {}

  /** The body decoded as {@code type}. */
  static <T> ResponseReader<T> json(Type type) {
    return exchange -> exchange.decode(type);
  }

  /** The body decoded as {@code type}. */
  static <T> ResponseReader<T> json(Class<T> type) {
    return exchange -> exchange.decode(type);
  }

  /** The body decoded as a list of {@code element}. */
  static <E> ResponseReader<List<E>> listOf(Class<E> element) {
    return json(Types.newParameterizedType(List.class, element));
  }

  /** The body decoded as a map from names to {@code value}. */
  static <V> ResponseReader<Map<String, V>> mapOf(Class<V> value) {
    return json(Types.newParameterizedType(Map.class, String.class, value));
  }

  /** A connector config: a map whose {@code toString()} masks the values of sensitive keys. */
  static ResponseReader<Map<String, String>> config() {
    return exchange -> Redaction.redactedCopy(exchange.decode(CONFIG));
  }

  /** No result: 200, 202 and 204 all mean done; any body is discarded. */
  static ResponseReader<Void> none() {
    return exchange -> null;
  }

  /** A {@link ConnectorInfo}, and whether the status said created (201) or updated (200). */
  static ResponseReader<ConfigUpdate> configUpdate() {
    return exchange -> {
      ConnectorInfo info = exchange.decode(ConnectorInfo.class);
      return new ConfigUpdate(info, exchange.status() == 201);
    };
  }

  /** The planned states of a restart (202), or empty when the worker answered 204. */
  static ResponseReader<Optional<ConnectorStatus>> restartStatus() {
    return exchange -> {
      if (exchange.status() == 204) {
        return Optional.empty();
      }
      return Optional.of(exchange.decode(ConnectorStatus.class));
    };
  }

  /** The {@code message} of a {@code {"message": ...}} body. */
  static ResponseReader<String> message() {
    return exchange -> {
      MessageBody body = exchange.decode(MessageBody.class);
      return body.message() == null ? "" : body.message();
    };
  }

  /** The topic list of the connector the call named (an unknown connector has none). */
  static ResponseReader<List<String>> topics() {
    return exchange -> {
      Map<String, ActiveTopics> byConnector = exchange.decode(TOPICS);
      ActiveTopics topics = byConnector.get(exchange.call().subjectName());
      return topics == null ? List.of() : topics.topics();
    };
  }
}
