package io.github.connectclient.model;

import java.util.Map;

/**
 * One task and its generated configuration, as listed by {@code GET /connectors/{name}/tasks}.
 *
 * <p>The configuration holds raw stored values, which may include secrets; {@link #toString()}
 * masks the values of sensitive keys.
 *
 * @param id the task's identity
 * @param config the task configuration; never {@code null}
 */
public record TaskInfo(TaskId id, Map<String, String> config) {

  /**
   * Copies {@code config} into an unmodifiable map; {@code null} becomes empty.
   *
   * @param id the task's identity
   * @param config the task configuration; never {@code null}
   */
  public TaskInfo {
    config = ImmutableCopy.config(config);
  }

  /** Returns a description with the values of sensitive configuration keys masked. */
  @Override
  public String toString() {
    return "TaskInfo[id=" + id + ", config=" + Redaction.toString(config) + "]";
  }
}
