package io.github.connectclient.apply;

/** What {@code apply} does to one connector. */
public enum Action {
  /** The connector does not exist: create it ({@code POST /connectors}). */
  CREATE,
  /** Its config or its state differs: {@code PUT} the config and/or pause, resume or stop it. */
  UPDATE,
  /** It exists, is not in the specs, and {@code prune} selects it: delete it. */
  DELETE,
  /** It is as the spec says: nothing is sent. */
  NONE
}
