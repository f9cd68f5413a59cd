package io.github.connectclient.internal.endpoint;

/**
 * The kinds of path placeholders, named as in the templates ({@code {connector}}, {@code {task}},
 * {@code {plugin}}, {@code {logger}}, and a raw request's {@code {segment}}); each checks its
 * argument before any request is sent.
 */
enum Param {
  CONNECTOR {
    @Override
    String check(Object argument, ConnectorNamePolicy names) {
      return Arguments.connectorName((String) argument, "name", names);
    }
  },
  TASK {
    @Override
    String check(Object argument, ConnectorNamePolicy names) {
      return Arguments.taskId((Integer) argument);
    }
  },
  PLUGIN {
    @Override
    String check(Object argument, ConnectorNamePolicy names) {
      return Arguments.pluginClass((String) argument);
    }
  },
  LOGGER {
    @Override
    String check(Object argument, ConnectorNamePolicy names) {
      return Arguments.loggerName((String) argument);
    }
  },
  /** A path segment of a raw request: any text, sent as one segment. */
  SEGMENT {
    @Override
    String check(Object argument, ConnectorNamePolicy names) {
      return Arguments.segment((String) argument);
    }
  };

  /** The checked argument as the raw (unencoded) path segment. */
  abstract String check(Object argument, ConnectorNamePolicy names);

  /** The kind of the placeholder {@code {name}}. */
  static Param named(String placeholder) {
    return switch (placeholder) {
      case "{connector}" -> CONNECTOR;
      case "{task}" -> TASK;
      case "{plugin}" -> PLUGIN;
      case "{logger}" -> LOGGER;
      case "{segment}" -> SEGMENT;
      default -> throw new IllegalArgumentException("unknown path placeholder " + placeholder);
    };
  }
}
