package io.github.connectclient.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link RetryPolicy}: the documented defaults, validation, and the computed backoff. */
class RetryPolicyTest {

  @Test
  void defaults_areTheDocumentedValues() {
    RetryPolicy defaults = RetryPolicy.defaults();

    assertThat(defaults.maxAttempts()).isEqualTo(10);
    assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(250));
    assertThat(defaults.multiplier()).isEqualTo(2.0);
    assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.jitter()).isEqualTo(0.2);
    assertThat(defaults.deadline()).contains(Duration.ofMinutes(2));
    assertThat(defaults.respectRetryAfter()).isTrue();
  }

  @Test
  void defaults_waitAbout45SecondsInAllBeforeTheLastAttempt() {
    RetryPolicy defaults = RetryPolicy.defaults();
    Duration total = Duration.ZERO;
    for (int retry = 1; retry < defaults.maxAttempts(); retry++) {
      total = total.plus(defaults.backoff(retry));
    }

    assertThat(total)
        .isEqualTo(Duration.ofMillis(250 + 500 + 1000 + 2000 + 4000 + 8000 + 3 * 10_000));
  }

  @Test
  void none_isOneAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void toBuilder_keepsEveryValue_andEqualPoliciesAreEqual() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).jitter(0).noDeadline().build();

    assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(policy.deadline()).isEmpty();
    assertThat(policy.toString()).contains("maxAttempts=4");
  }

  @Test
  void builder_rejectsValuesThatMakeNoSense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multiplier");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryPolicy.builder().deadline(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadline");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initialBackoff");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(20)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBackoff");
  }
}
