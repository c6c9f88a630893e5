package com.example.itemtracker.core.domain;

import java.util.regex.Pattern;

/**
 * One plain email address, strictly: {@code local@domain} with an RFC 5321 dot-atom local part
 * and a host name for the domain (the rule of HTML's {@code input type=email}), ASCII only, at
 * most 254 characters. No display names, comments, quoted parts, lists or line breaks, so that
 * nothing a user types can add a recipient or a header.
 */
public record EmailAddress(String value) {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a single plain email address");
        }
    }

    /**
     * @param field the name to give in the error, e.g. {@code email}
     * @throws InvalidInputException naming the field when the text is not one plain address
     */
    public static EmailAddress parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "is required: one email address, like name@example.com");
        }
        if (!isValid(text)) {
            throw InvalidInputException.of(field, "must be one plain email address, like name@example.com"
                    + " (no name, no list, no spaces, ASCII only)");
        }
        return new EmailAddress(text);
    }

    private static boolean isValid(String text) {
        if (text == null || text.length() > 254) {
            return false;
        }
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at > 64) {
            return false;
        }
        return LOCAL.matcher(text.substring(0, at)).matches() && DOMAIN.matcher(text.substring(at + 1)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
