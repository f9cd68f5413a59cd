package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelEnumsTest {

  @ParameterizedTest
  @EnumSource(State.class)
  void state_fromServerValue_roundTrips(State state) {
    assertThat(State.fromString(state.serverValue())).isEqualTo(state);
    assertThat(state.serverValue()).isEqualTo(state.name());
  }

  @Test
  void state_fromString_ignoresCase() {
    assertThat(State.fromString("Restarting")).isEqualTo(State.RESTARTING);
  }

  @Test
  void state_fromString_whenNullOrUnknown_isUnknown() {
    assertThat(State.fromString(null)).isEqualTo(State.UNKNOWN);
    assertThat(State.fromString("HIBERNATING")).isEqualTo(State.UNKNOWN);
    assertThat(State.fromString("")).isEqualTo(State.UNKNOWN);
  }

  @ParameterizedTest
  @EnumSource(ConnectorType.class)
  void connectorType_fromServerValue_roundTripsInLowerCase(ConnectorType type) {
    assertThat(ConnectorType.fromString(type.serverValue())).isEqualTo(type);
    assertThat(type.serverValue()).isLowerCase();
  }

  @Test
  void connectorType_fromString_whenNullOrUnknown_isUnknown() {
    assertThat(ConnectorType.fromString("SINK")).isEqualTo(ConnectorType.SINK);
    assertThat(ConnectorType.fromString(null)).isEqualTo(ConnectorType.UNKNOWN);
    assertThat(ConnectorType.fromString("mirror")).isEqualTo(ConnectorType.UNKNOWN);
  }

  @ParameterizedTest
  @EnumSource(PluginType.class)
  void pluginType_fromServerValue_roundTripsInLowerCase(PluginType type) {
    assertThat(PluginType.fromString(type.serverValue())).isEqualTo(type);
    assertThat(type.serverValue()).isLowerCase();
  }

  @Test
  void pluginType_headerConverter_usesUnderscore() {
    assertThat(PluginType.HEADER_CONVERTER.serverValue()).isEqualTo("header_converter");
    assertThat(PluginType.fromString("header_converter")).isEqualTo(PluginType.HEADER_CONVERTER);
    assertThat(PluginType.fromString("rest_extension")).isEqualTo(PluginType.UNKNOWN);
    assertThat(PluginType.fromString(null)).isEqualTo(PluginType.UNKNOWN);
  }

  @ParameterizedTest
  @EnumSource(InitialState.class)
  void initialState_fromServerValue_roundTripsInUpperCase(InitialState state) {
    assertThat(InitialState.fromString(state.serverValue().toLowerCase())).isEqualTo(state);
    assertThat(state.serverValue()).isEqualTo(state.name());
  }

  @Test
  void initialState_fromString_whenUnknown_namesValidValues() {
    assertThatThrownBy(() -> InitialState.fromString("FROZEN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown initial state FROZEN; valid values are [RUNNING, PAUSED, STOPPED]");
  }

  @Test
  void initialState_fromString_whenNull_namesValidValues() {
    assertThatThrownBy(() -> InitialState.fromString(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[RUNNING, PAUSED, STOPPED]");
  }
}
