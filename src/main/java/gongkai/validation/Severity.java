package gongkai.validation;

import io.micronaut.serde.annotation.Serdeable;

/** How much a finding weighs: ERROR blocks submission; WARNING needs a written explanation. */
@Serdeable
public enum Severity {
    ERROR,
    WARNING
}
