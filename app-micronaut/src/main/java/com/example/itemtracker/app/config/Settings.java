package com.example.itemtracker.app.config;

import io.micronaut.context.env.yaml.YamlPropertySourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names settings the way a user sets them. {@code application.yml} is the one place that maps each
 * property to its environment variable ({@code resume-budget: ${DATA_API_RESUME_BUDGET:20s}}), so the
 * names are read from there rather than written again.
 */
public final class Settings {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:.*)?}");
    private static final Map<String, Object> APPLICATION_YML = load();

    private Settings() {
    }

    /** {@code DATA_API_RESUME_BUDGET (item-tracker.data-api.resume-budget)}, or the property alone. */
    public static String name(String property) {
        Object raw = APPLICATION_YML.get(property);
        Matcher placeholder = raw == null ? null : PLACEHOLDER.matcher(raw.toString().strip());
        return placeholder != null && placeholder.matches() ? placeholder.group(1) + " (" + property + ")" : property;
    }

    /** One sentence: the setting's name, then what is wrong with it. */
    public static String describe(String property, String problem) {
        return name(property) + " " + problem + ".";
    }

    private static Map<String, Object> load() {
        try (InputStream yml = Settings.class.getResourceAsStream("/application.yml")) {
            return yml == null ? Map.of() : new YamlPropertySourceLoader().read("application", yml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
