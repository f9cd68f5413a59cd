/**
 * Internal: the one transport shared by the sync and async clients. Not part of the public API; it
 * may change in any release.
 */
package io.github.connectclient.internal.http;
