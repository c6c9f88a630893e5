package com.example.itemtracker.app.web;

/** The wire calls the domain's {@code username} {@code name}; error messages use the wire's words. */
final class WireNames {

    private WireNames() {
    }

    static String field(String domainField) {
        return "username".equals(domainField) ? "name" : domainField;
    }

    static String message(com.example.itemtracker.core.domain.FieldError error) {
        return field(error.field()) + " " + error.message();
    }
}
