package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compact constructors turn null collections into empty immutable ones and never throw. */
class ModelRecordsNullSafetyTest {

  @Test
  void constructors_withNullCollections_giveEmptyOnes() {
    assertThat(new ConnectorInfo(null, null, null, null).config()).isEmpty();
    assertThat(new ConnectorInfo(null, null, null, null).tasks()).isEmpty();
    assertThat(new ConnectorStatus(null, null, null, null).tasks()).isEmpty();
    assertThat(new TaskInfo(null, null).config()).isEmpty();
    assertThat(new ConnectorOffsets(null).offsets()).isEmpty();
    assertThat(new ConnectorOffset(null, null).partition()).isEmpty();
    assertThat(new ConfigValidation(null, 0, null, null).configs()).isEmpty();
    assertThat(new ConfigValidation(null, 0, null, null).groups()).isEmpty();
    assertThat(new ConfigValueInfo(null, null, null, null, false).errors()).isEmpty();
    assertThat(new ConfigValueInfo(null, null, null, null, false).recommendedValues()).isEmpty();
    assertThat(
            new ConfigKeyInfo(null, null, false, null, null, null, null, null, null, null, 0)
                .dependents())
        .isEmpty();
  }

  @Test
  void constructors_withNullEnums_giveUnknownAndNullRaw() {
    ConnectorState state = new ConnectorState(null, null, null, null);
    PluginInfo plugin = new PluginInfo(null, null, null);

    assertThat(state.state()).isEqualTo(State.UNKNOWN);
    assertThat(state.rawState()).isNull();
    assertThat(new TaskState(0, null, null, null, null).state()).isEqualTo(State.UNKNOWN);
    assertThat(plugin.type()).isEqualTo(PluginType.UNKNOWN);
    assertThat(plugin.rawType()).isNull();
  }

  @Test
  void documentedConstructors_deriveRawValueFromEnum() {
    assertThat(new ConnectorInfo("c", null, null, ConnectorType.SOURCE).rawType())
        .isEqualTo("source");
    assertThat(new ConnectorStatus("c", null, null, ConnectorType.SINK).rawType())
        .isEqualTo("sink");
    assertThat(new ConnectorState(State.FAILED, "w", "trace", null).rawState()).isEqualTo("FAILED");
    assertThat(new TaskState(1, State.PAUSED, "w", null, "4.1.0").rawState()).isEqualTo("PAUSED");
    assertThat(new PluginInfo("X", PluginType.HEADER_CONVERTER, "1").rawType())
        .isEqualTo("header_converter");
  }

  @Test
  void canonicalConstructors_deriveEnumFromRawValue() {
    assertThat(new ConnectorInfo("c", null, null, null, "sink").type())
        .isEqualTo(ConnectorType.SINK);
    assertThat(new TaskState(0, null, null, null, null, "DRAINING").state())
        .isEqualTo(State.UNKNOWN);
    assertThat(new TaskState(0, null, null, null, null, "DRAINING").rawState())
        .isEqualTo("DRAINING");
  }

  @Test
  void documentedAndCanonicalConstructors_giveEqualRecords() {
    assertThat(new ConnectorState(State.RUNNING, "w", null, null))
        .isEqualTo(new ConnectorState(null, "w", null, null, "RUNNING"));
  }

  @Test
  void lists_keepNullElementsAndAreCopied() {
    List<String> errors = new ArrayList<>(Arrays.asList("a", null));
    ConfigValueInfo value = new ConfigValueInfo("k", "v", null, errors, true);

    errors.add("b");

    assertThat(value.errors()).containsExactly("a", null);
    assertThatThrownBy(() -> value.errors().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
