package io.github.connectclient.model;

/**
 * Identifies one task of a connector; listed in {@link ConnectorInfo#tasks()} and {@link
 * TaskInfo#id()}.
 *
 * @param connector the connector name
 * @param task the task number, starting at 0
 */
public record TaskId(String connector, int task) {}
