package com.example.itemtracker.app.config;

import io.micronaut.context.exceptions.ConfigurationException;

import java.net.URI;

/** Reading setting values, with errors that name the setting (e.g. "SES_ENDPOINT (item-tracker.report.ses.endpoint)"). */
final class SettingValues {

    private SettingValues() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Null when blank; else an absolute URL. */
    static URI url(String value, String setting, String example) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ConfigurationException(setting + " must be a URL such as " + example + ", but it is '" + value + "'.");
    }

    /** The default when blank; else a whole number of at least {@code min}. */
    static int wholeNumber(String value, String setting, int min, int defaultValue) {
        try {
            int number = blankToNull(value) == null ? defaultValue : Integer.parseInt(value.trim());
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException(setting + " must be a whole number, " + min + " or more, but it is '" + value + "'.");
    }
}
