package io.github.connectclient.examples.boot;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.micrometer.MicrometerClientListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application with a {@link ConnectClient} bean: one client for the whole
 * application, closed with the context, its attempts recorded by Micrometer.
 */
@SpringBootApplication
public class ConnectApplication {

  /** The registry; an application with Actuator gets Boot's instead. */
  @Bean
  MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }

  /** The client of the workers at {@code connect.url}. */
  @Bean(destroyMethod = "close")
  ConnectClient connectClient(@Value("${connect.url}") String url, MeterRegistry registry) {
    return ConnectClient.builder()
        .url(url)
        .clientListener(new MicrometerClientListener(registry))
        .build();
  }

  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(ConnectApplication.class, args);
  }
}
