package io.github.connectclient.model;

/**
 * The outcome of {@code PUT /connectors/{name}/config}, which creates or replaces a connector.
 *
 * @param connector the connector as stored after the call
 * @param created {@code true} if the call created the connector (HTTP 201), {@code false} if it
 *     replaced an existing configuration (HTTP 200)
 */
public record ConfigUpdate(ConnectorInfo connector, boolean created) {}
