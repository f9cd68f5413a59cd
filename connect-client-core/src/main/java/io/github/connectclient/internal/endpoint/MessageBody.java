package io.github.connectclient.internal.endpoint;

/**
 * The body of the offsets endpoints, {@code {"message": "..."}}.
 *
 * @param message the server's message
 */
public record MessageBody(String message) {}
