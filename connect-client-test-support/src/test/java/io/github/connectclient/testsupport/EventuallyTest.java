package io.github.connectclient.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {

  @Test
  void await_pollsUntilTheValueIsAccepted_andReturnsIt() {
    AtomicInteger reads = new AtomicInteger();

    int value =
        Eventually.await(
            "three reads", Duration.ofSeconds(10), reads::incrementAndGet, n -> n >= 3);

    assertThat(value).isEqualTo(3);
    assertThat(reads).hasValue(3);
  }

  @Test
  void await_failsAfterTheTimeout_namingWhatAndTheLastValueSeen() {
    assertThatThrownBy(
            () ->
                Eventually.await(
                    "state RUNNING", Duration.ofMillis(250), () -> "PAUSED", "RUNNING"::equals))
        .isInstanceOf(AssertionError.class)
        .hasMessage("state RUNNING not reached within PT0.25S; last seen: PAUSED");
  }
}
