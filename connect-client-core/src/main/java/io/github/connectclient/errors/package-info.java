/**
 * The exception hierarchy of connect-client. Every exception is unchecked and extends {@link
 * io.github.connectclient.errors.ConnectClientException}.
 *
 * <p>Two branches: {@link io.github.connectclient.errors.ConnectServerException} when the worker
 * answered with an error status (subtypes by meaning), and {@link
 * io.github.connectclient.errors.ConnectTransportException} when no usable answer arrived. {@link
 * io.github.connectclient.errors.MalformedResponseException} is a success status whose body is not
 * what the API promises. Catch a type; never branch on {@code getMessage()}.
 */
package io.github.connectclient.errors;
