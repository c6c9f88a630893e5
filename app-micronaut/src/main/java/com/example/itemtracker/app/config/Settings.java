package com.example.itemtracker.app.config;

import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.context.exceptions.ConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        String variable = variable(property);
        return variable.equals(property) ? property : variable + " (" + property + ")";
    }

    /** The environment variable that sets {@code property} ({@code REPORT_RATE_LIMIT}), or the property itself. */
    public static String variable(String property) {
        Object raw = APPLICATION_YML.get(property);
        Matcher placeholder = raw == null ? null : PLACEHOLDER.matcher(raw.toString().strip());
        return placeholder != null && placeholder.matches() ? placeholder.group(1) : property;
    }

    /** One sentence: the setting's name, then what is wrong with it. */
    public static String describe(String property, String problem) {
        return name(property) + " " + problem + ".";
    }

    /** A value as a message shows it: {@code 'oracle'}, or {@code empty}. */
    public static String shown(String value) {
        return value.isEmpty() ? "empty" : "'" + value + "'";
    }

    /** @throws ConfigurationException naming the setting when its value is below {@code least} */
    public static void atLeast(String property, int value, int least) {
        if (value < least) {
            throw new ConfigurationException(describe(property, "must be greater than or equal to " + least));
        }
    }

    /** What a value of this type looks like, in a user's words: "one of embedded, jdbc, data-api". */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
        }
        if (type == Duration.class) {
            return "a duration such as 20s, 1500ms or 1m";
        }
        if (type == int.class || type == Integer.class || type == long.class) {
            return "a whole number";
        }
        if (type == URI.class) {
            return "a URL such as https://vpce.example.com";
        }
        if (type == Path.class) {
            return "a directory path";
        }
        return "a " + type.getSimpleName();
    }

    private static Map<String, Object> load() {
        try (InputStream yml = Settings.class.getResourceAsStream("/application.yml")) {
            return yml == null ? Map.of() : new YamlPropertySourceLoader().read("application", yml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
