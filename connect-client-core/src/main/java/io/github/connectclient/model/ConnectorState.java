package io.github.connectclient.model;

import com.squareup.moshi.Json;

/**
 * The state of a connector instance, part of {@link ConnectorStatus}.
 *
 * @param state the state; {@link State#UNKNOWN} for a value this client does not know or an absent
 *     one; never {@code null}
 * @param workerId the worker running the instance, for example {@code 10.0.0.1:8083}
 * @param trace the stack trace of the failure, usually only present when {@code FAILED}
 * @param version the plugin version of the running instance; Kafka 4.1.0+ (KIP-891), else {@code
 *     null}
 * @param rawState the state exactly as the server sent it, or {@code null} if absent
 */
public record ConnectorState(
    State state,
    @Json(name = "worker_id") String workerId,
    String trace,
    String version,
    String rawState) {

  /**
   * Derives a missing {@code state} from {@code rawState} and vice versa.
   *
   * @param state the state; {@link State#UNKNOWN} for a value this client does not know or an
   *     absent one; never {@code null}
   * @param rawState the state exactly as the server sent it, or {@code null} if absent
   * @param trace the stack trace of the failure, usually only present when {@code FAILED}
   * @param version the plugin version of the running instance; Kafka 4.1.0+ (KIP-891), else {@code
   *     null}
   * @param workerId the worker running the instance, for example {@code 10.0.0.1:8083}
   */
  public ConnectorState {
    if (state == null) {
      state = State.fromString(rawState);
    } else if (rawState == null) {
      rawState = state.serverValue();
    }
  }

  /**
   * Creates a state with the raw state taken from {@code state}.
   *
   * @param state the state; {@link State#UNKNOWN} for a value this client does not know or an
   *     absent one; never {@code null}
   * @param workerId the worker running the instance, for example {@code 10.0.0.1:8083}
   * @param trace the stack trace of the failure, usually only present when {@code FAILED}
   * @param version the plugin version of the running instance; Kafka 4.1.0+ (KIP-891), else {@code
   *     null}
   */
  public ConnectorState(State state, String workerId, String trace, String version) {
    this(state, workerId, trace, version, null);
  }
}
