package io.github.connectclient.internal.http;

import com.squareup.moshi.Json;

/**
 * The server's error body, {@code {"error_code": 404, "message": "..."}}.
 *
 * @param errorCode the error code (equal to the HTTP status in Apache Kafka)
 * @param message the server's message
 */
public record ErrorBody(@Json(name = "error_code") Integer errorCode, String message) {}
