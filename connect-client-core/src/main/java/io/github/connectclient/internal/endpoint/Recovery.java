package io.github.connectclient.internal.endpoint;

/**
 * How a call that failed after the server may have applied it is settled, instead of being reported
 * as failed or sent again (docs/retries.md, decision 0004). The executors interpret this field of
 * an {@link Endpoint}; none of them singles out an endpoint.
 */
public enum Recovery {

  /** The failure stands. */
  NONE,

  /**
   * A 404 for the connector after an earlier attempt may have been applied means that attempt did
   * it: the call succeeded (a retried {@code DELETE /connectors/{name}}).
   */
  NOT_FOUND_AFTER_APPLIED_IS_DONE,

  /**
   * A create that may have been applied is never sent again: the connector is read back, and the
   * call succeeds when it exists with the requested config ({@code POST /connectors}).
   */
  READ_BACK_CREATED_CONNECTOR
}
