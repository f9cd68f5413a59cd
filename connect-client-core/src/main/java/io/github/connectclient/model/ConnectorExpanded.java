package io.github.connectclient.model;

/**
 * One connector's entry in {@code GET /connectors?expand=status&expand=info} (Kafka 2.3.0+).
 *
 * <p>Either part may be {@code null}: the worker only includes what was asked for, and sends {@code
 * "info": null} when the connector disappears while the request is served.
 *
 * @param info the connector's configuration and tasks, or {@code null}
 * @param status the connector's runtime status, or {@code null}
 */
public record ConnectorExpanded(ConnectorInfo info, ConnectorStatus status) {}
