package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigValidationTest {

  private static ConfigInfo value(String name, String... errors) {
    return new ConfigInfo(null, new ConfigValueInfo(name, "v", List.of(), List.of(errors), true));
  }

  @Test
  void errorsByKey_listsOnlyKeysWithErrorsInServerOrder() {
    ConfigValidation validation =
        new ConfigValidation(
            "X",
            3,
            List.of(),
            List.of(
                value("b", "b1", "b2"), value("ok"), value("a", "a1"), new ConfigInfo(null, null)));

    assertThat(validation.errorsByKey())
        .containsExactly(entry("b", List.of("b1", "b2")), entry("a", List.of("a1")));
    assertThat(validation.hasErrors()).isTrue();
  }

  @Test
  void hasErrors_whenNoKeyHasErrorsAndCountIsZero_isFalse() {
    ConfigValidation validation = new ConfigValidation("X", 0, List.of(), List.of(value("ok")));

    assertThat(validation.hasErrors()).isFalse();
    assertThat(validation.errorsByKey()).isEmpty();
  }

  @Test
  void hasErrors_whenOnlyTheCountIsPositive_isTrue() {
    assertThat(new ConfigValidation("X", 1, null, null).hasErrors()).isTrue();
  }

  @Test
  void errorsByKey_usesDefinitionNameWhenValueHasNone() {
    ConfigKeyInfo definition =
        new ConfigKeyInfo("k", "STRING", true, null, "HIGH", "", null, "NONE", "k", null, 0);
    ConfigInfo info =
        new ConfigInfo(definition, new ConfigValueInfo(null, null, null, List.of("bad"), true));

    assertThat(new ConfigValidation("X", 1, null, List.of(info)).errorsByKey())
        .containsExactly(entry("k", List.of("bad")));
  }
}
