package io.github.connectclient.internal.endpoint;

/** What an endpoint's path names, which decides what a 404 from it means. */
public enum Subject {
  /** The path names a connector: a 404 means the connector does not exist. */
  CONNECTOR,
  /** The path names a connector's task. */
  TASK,
  /** The path names a plugin class. */
  PLUGIN,
  /** The path names a logger. */
  LOGGER,
  /** The path names nothing the user chose. */
  NONE
}
