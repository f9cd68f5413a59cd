/**
 * Masking of sensitive connector configuration values, so that {@code toString()} of models and
 * log lines never leak secrets.
 *
 * <p>Internal: not part of the public API and may change in any release.
 */
package io.github.connectclient.internal.redact;
