package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewConnectorTest {

  @Test
  void builder_collectsNameConfigAndInitialState() {
    NewConnector request =
        NewConnector.builder()
            .name("jdbc-src")
            .config(Map.of("connector.class", "io.example.JdbcSource"))
            .config("tasks.max", "2")
            .initialState(InitialState.STOPPED)
            .build();

    assertThat(request.name()).isEqualTo("jdbc-src");
    assertThat(request.config())
        .containsExactly(
            entry("connector.class", "io.example.JdbcSource"), entry("tasks.max", "2"));
    assertThat(request.initialState()).isEqualTo(InitialState.STOPPED);
  }

  @Test
  void builder_withoutInitialState_leavesItNull() {
    NewConnector request = NewConnector.builder().name("c").build();

    assertThat(request.initialState()).isNull();
    assertThat(request.config()).isEmpty();
  }

  @Test
  void builder_laterConfigEntry_replacesEarlierValue() {
    NewConnector request =
        NewConnector.builder().name("c").config("tasks.max", "1").config("tasks.max", "3").build();

    assertThat(request.config()).containsExactly(entry("tasks.max", "3"));
  }

  @Test
  void build_withoutName_rejectsIt() {
    assertThatThrownBy(() -> NewConnector.builder().config("a", "b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
  }

  @Test
  void constructor_whenNameBlank_rejectsIt() {
    assertThatThrownBy(() -> new NewConnector("  ", Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
  }

  @Test
  void constructor_whenConfigNull_throwsNullPointerNamingIt() {
    assertThatThrownBy(() -> new NewConnector("c", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("config == null");
  }

  @Test
  void constructor_copiesConfigSoLaterChangesDoNotLeakIn() {
    Map<String, String> config = new HashMap<>();
    config.put("a", "1");
    NewConnector request = new NewConnector("c", config, null);

    config.put("b", "2");

    assertThat(request.config()).containsOnlyKeys("a");
    assertThatThrownBy(() -> request.config().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_keepsNullConfigValues() {
    Map<String, String> config = new HashMap<>();
    config.put("a", null);

    assertThat(new NewConnector("c", config, null).config()).containsEntry("a", null);
  }

  @Test
  void toBuilder_copiesEverything() {
    NewConnector request =
        NewConnector.builder().name("c").config("a", "b").initialState(InitialState.PAUSED).build();

    assertThat(request.toBuilder().build()).isEqualTo(request);
    assertThat(request.toBuilder().name("d").build().config()).containsEntry("a", "b");
  }
}
