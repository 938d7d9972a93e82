package gongkai.validation;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How much a finding weighs: ERROR blocks submission; WARNING needs a written explanation; INFO
 * only tells readers something (e.g. what could not be checked) and asks nothing of staff.
 */
@Serdeable
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
