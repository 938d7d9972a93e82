package gongkai.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Bean Validation found wrong with a bound form ({@code @Valid @Body}), read out of the {@link
 * ConstraintViolationException} a controller's local {@code @Error} handler receives: one message
 * per field (for the message next to it), the handler that was called, and the arguments it was
 * called with (the form as typed, ids from the path), so the handler can show the same form again.
 */
public record FormErrors(String method, List<Object> arguments, Map<String, String> fields) {

    /**
     * The status of a form shown again with messages: the one every staff form already answers with
     * for refused input (a request the server understood but will not take as it is).
     */
    public static final HttpStatus STATUS = HttpStatus.UNPROCESSABLE_ENTITY;

    public static FormErrors of(ConstraintViolationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        String method = "";
        List<Object> arguments = List.of();
        // Sorted so that a field breaking two rules always shows the same message.
        List<ConstraintViolation<?>> violations =
                e.getConstraintViolations().stream()
                        .sorted(
                                Comparator.comparing(
                                                (ConstraintViolation<?> v) ->
                                                        v.getPropertyPath().toString())
                                        .thenComparing(ConstraintViolation::getMessage))
                        .toList();
        for (ConstraintViolation<?> v : violations) {
            String first = null;
            String last = null;
            for (Path.Node node : v.getPropertyPath()) {
                first = first == null ? node.getName() : first;
                last = node.getName();
            }
            method = first == null ? method : first;
            if (v.getExecutableParameters() != null) {
                arguments = Arrays.asList(v.getExecutableParameters());
            }
            fields.putIfAbsent(last == null ? "" : last, v.getMessage());
        }
        return new FormErrors(method, arguments, fields);
    }

    /** The first argument of the handler of that type: the bound form, or an id from the path. */
    public <T> T argument(Class<T> type) {
        return arguments.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "no argument of type "
                                                + type.getSimpleName()
                                                + " in "
                                                + method));
    }

    public @Nullable String get(String field) {
        return fields.get(field);
    }
}
