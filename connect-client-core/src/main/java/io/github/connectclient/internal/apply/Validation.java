package io.github.connectclient.internal.apply;

import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.endpoint.SecretMasking;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.ConfigInfo;
import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.Redaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Validate first: a spec's config checked with its plugin's validate endpoint ({@code PUT
 * /connector-plugins/{connector.class}/config/validate}), as the per-key errors to show (secrets
 * masked) and the plugin's {@code PASSWORD}-typed keys.
 */
final class Validation {

  static final String CONNECTOR_CLASS = "connector.class";

  private final Transport transport;

  Validation(Transport transport) {
    this.transport = transport;
  }

  /**
   * What the plugin says of {@code spec}. A plugin the worker does not know (400 or 404) is an
   * error of {@code connector.class}; any other failure fails the plan.
   */
  CompletableFuture<Outcome> check(ConnectorSpec spec) {
    String pluginClass = spec.config().get(CONNECTOR_CLASS);
    if (pluginClass == null || pluginClass.isBlank()) {
      return CompletableFuture.completedFuture(
          new Outcome(
              Map.of(
                  CONNECTOR_CLASS, List.of("Missing required configuration \"connector.class\"")),
              Set.of()));
    }
    Map<String, String> body = new LinkedHashMap<>(spec.config());
    body.putIfAbsent(ConfigDiff.NAME, spec.name());
    return transport
        .executeAsync(Endpoints.VALIDATE_CONNECTOR_CONFIG.call(pluginClass).body(body))
        .handle(
            (validation, failure) -> {
              if (failure == null) {
                return outcome(validation, spec.config());
              }
              Throwable cause = Failures.unwrap(failure);
              if (cause instanceof BadRequestException || cause instanceof NotFoundException) {
                String message = ((RuntimeException) cause).getMessage();
                return new Outcome(Map.of(CONNECTOR_CLASS, List.of(message)), Set.of());
              }
              throw new CompletionException(cause);
            });
  }

  private static Outcome outcome(ConfigValidation validation, Map<String, String> config) {
    Set<String> passwords =
        validation.configs().stream()
            .filter(info -> info.definition() != null && info.definition().isPassword())
            .map(ConfigInfo::name)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());
    List<String> secrets = new ArrayList<>(SecretMasking.sensitiveValues(config));
    for (String key : passwords) {
      String value = config.get(key);
      if (value != null && !value.isEmpty() && !secrets.contains(value)) {
        secrets.add(Redaction.mask(value, true).equals(Redaction.MASK) ? value : "");
      }
    }
    secrets.removeIf(String::isEmpty);
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    Map<String, List<String>> errors = new LinkedHashMap<>();
    validation
        .errorsByKey()
        .forEach(
            (key, messages) ->
                errors.put(
                    key,
                    messages.stream().map(text -> SecretMasking.mask(text, secrets)).toList()));
    if (errors.isEmpty() && validation.errorCount() > 0) {
      errors.put(
          "(config)",
          List.of(
              "the worker counted " + validation.errorCount() + " error(s) without naming a key"));
    }
    return new Outcome(errors, passwords);
  }

  /**
   * A validation's result.
   *
   * @param errors per key, the errors, secrets masked; empty when valid
   * @param passwordKeys the plugin's keys of type {@code PASSWORD}
   */
  record Outcome(Map<String, List<String>> errors, Set<String> passwordKeys) {}
}
