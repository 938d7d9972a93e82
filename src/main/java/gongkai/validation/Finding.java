package gongkai.validation;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One consistency problem: a stable rule id (see {@link ConsistencyChecker} for the list), its
 * severity, where it is, and a message in Chinese that states both numbers and their difference.
 */
@Serdeable
public record Finding(String ruleId, Severity severity, Location location, String message) {}
