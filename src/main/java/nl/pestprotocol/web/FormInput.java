package nl.pestprotocol.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import io.vertx.ext.web.RoutingContext;

/** Reading posted form fields: blank is absent, enums by name, and validation messages a person can read. */
final class FormInput {

    private FormInput() {
    }

    static String text(RoutingContext ctx, String name) {
        String v = ctx.request().getFormAttribute(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static List<String> all(RoutingContext ctx, String name) {
        return ctx.request().formAttributes().getAll(name);
    }

    /** The enum constant named by the field, or null when absent or not one of them. */
    static <E extends Enum<E>> E choice(RoutingContext ctx, String name, Class<E> type) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static <T> List<String> problems(Set<ConstraintViolation<T>> violations) {
        List<String> out = new ArrayList<>();
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> out.add(label(v.getPropertyPath().toString()) + ": " + v.getMessage()));
        return out;
    }

    private static String label(String property) {
        return switch (property) {
            case "reporterType" -> "Wie meldt";
            case "description" -> "Wat is er gebeurd";
            case "occurredOn" -> "Wanneer";
            case "about" -> "Over wie";
            case "location" -> "Waar";
            case "reporterName" -> "Naam";
            case "reporterContact" -> "Contact";
            default -> property;
        };
    }
}
