package io.github.connectclient.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Reading {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void delaySeconds_isThatManySeconds() {
    assertThat(RetryAfter.parse("120", clock)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void httpDate_isTheTimeUntilThatDate() {
    assertThat(RetryAfter.parse("Wed, 01 Jan 2025 00:00:09 GMT", clock))
        .isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void httpDateInThePast_isNoDelay() {
    assertThat(RetryAfter.parse("Tue, 31 Dec 2024 23:59:00 GMT", clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void absentOrUnreadableValues_areIgnored() {
    assertThat(RetryAfter.parse(null, clock)).isNull();
    assertThat(RetryAfter.parse("", clock)).isNull();
    assertThat(RetryAfter.parse("soon", clock)).isNull();
    assertThat(RetryAfter.parse("-5", clock)).isNull();
    assertThat(RetryAfter.parse("1.5", clock)).isNull();
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).isNull();
  }
}
