package io.github.connectclient.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link FakeWorker} answers to {@code PUT /connector-plugins/{plugin}/config/validate}: one
 * entry per key sent, with the errors the test set for the connector and PASSWORD types where it
 * said so (values hidden as the worker hides them).
 */
final class FakeValidation {

  private FakeValidation() {}

  static Map<String, Object> answer(
      Map<String, String> config, Map<String, Map<String, String>> invalid, Set<String> passwords) {
    Map<String, String> errors = invalid.getOrDefault(config.get("name"), Map.of());
    List<Object> configs = new ArrayList<>();
    for (Map.Entry<String, String> entry : config.entrySet()) {
      String key = entry.getKey();
      boolean password = passwords.contains(key);
      Map<String, Object> definition = new LinkedHashMap<>();
      definition.put("name", key);
      definition.put("type", password ? "PASSWORD" : "STRING");
      definition.put("required", false);
      definition.put("importance", "HIGH");
      definition.put("documentation", key);
      definition.put("width", "NONE");
      definition.put("display_name", key);
      definition.put("dependents", List.of());
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("name", key);
      value.put("value", password ? "[hidden]" : entry.getValue());
      value.put("recommended_values", List.of());
      value.put("errors", errors.containsKey(key) ? List.of(errors.get(key)) : List.of());
      value.put("visible", true);
      configs.add(Map.of("definition", definition, "value", value));
    }
    return Map.of(
        "name", String.valueOf(config.get("connector.class")),
        "error_count", errors.size(),
        "groups", List.of(),
        "configs", configs);
  }
}
