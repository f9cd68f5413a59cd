package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Convenience methods of the small records. */
class SmallModelsTest {

  @Test
  void healthStatus_isHealthy_ignoresCase() {
    assertThat(new HealthStatus("HEALTHY", "").isHealthy()).isTrue();
    assertThat(new HealthStatus("unhealthy", "").isHealthy()).isFalse();
    assertThat(new HealthStatus(null, null).isHealthy()).isFalse();
  }

  @Test
  void loggerLevel_lastModifiedAt_convertsEpochMillis() {
    assertThat(new LoggerLevel("DEBUG", 1_700_000_000_000L).lastModifiedAt())
        .contains(Instant.parse("2023-11-14T22:13:20Z"));
    assertThat(new LoggerLevel("INFO", null).lastModifiedAt()).isEmpty();
  }

  @Test
  void restartOptions_factories_setTheDocumentedFlags() {
    assertThat(RestartOptions.DEFAULT).isEqualTo(new RestartOptions(false, false));
    assertThat(RestartOptions.connectorOnly()).isEqualTo(RestartOptions.DEFAULT);
    assertThat(RestartOptions.connectorAndTasks()).isEqualTo(new RestartOptions(true, false));
    assertThat(RestartOptions.failedConnectorAndTasks()).isEqualTo(new RestartOptions(true, true));
  }

  @Test
  void restartOptions_withers_changeOneFlag() {
    assertThat(RestartOptions.DEFAULT.withOnlyFailed(true))
        .isEqualTo(new RestartOptions(false, true));
    assertThat(RestartOptions.DEFAULT.withIncludeTasks(true))
        .isEqualTo(new RestartOptions(true, false));
  }

  @Test
  void configKeyInfo_isPassword_readsTheType() {
    ConfigKeyInfo key =
        new ConfigKeyInfo("p", "PASSWORD", true, null, "HIGH", "", null, "NONE", "p", null, 0);

    assertThat(key.isPassword()).isTrue();
  }
}
