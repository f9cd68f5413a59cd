/**
 * JSON encoding and decoding of the Connect REST API bodies with Moshi: {@link
 * io.github.connectclient.internal.json.JsonCodec} is the single entry point.
 *
 * <p>Internal: not part of the public API and may change in any release. Moshi types never leave
 * this package.
 */
package io.github.connectclient.internal.json;
