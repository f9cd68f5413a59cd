/**
 * Declarative connectors and bulk operations: {@link io.github.connectclient.apply.ConnectorSpec}s
 * read from JSON files ({@link io.github.connectclient.apply.ConnectorSpecs}), a {@link
 * io.github.connectclient.apply.Plan} of what it takes to make the cluster look like them, the
 * {@link io.github.connectclient.apply.ApplyResult} of carrying it out, and {@link
 * io.github.connectclient.apply.ConnectorSelector}s for operations on many connectors at once
 * ({@link io.github.connectclient.apply.BulkResult}). The methods are on both clients; see {@code
 * docs/apply.md}.
 *
 * <p>Depends on the model and errors packages only.
 */
package io.github.connectclient.apply;
