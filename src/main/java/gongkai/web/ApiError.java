package gongkai.web;

import io.micronaut.serde.annotation.Serdeable;

/** The JSON body of every API error: the HTTP status and a message in Chinese. */
@Serdeable
public record ApiError(int status, String error) {}
