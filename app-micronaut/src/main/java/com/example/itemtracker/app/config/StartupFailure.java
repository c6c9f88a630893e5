package com.example.itemtracker.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.naming.NameUtils;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds, in what stopped the start-up, the wrong settings, and says in one line which environment
 * variable to fix and how. It reads the three ways a setting fails: a value Micronaut cannot
 * convert to the configuration record's type, a Jakarta constraint the record breaks, and a
 * {@link ConfigurationException} from a check of ours.
 */
public final class StartupFailure {

    private static final String PACKAGE = StartupFailure.class.getPackageName() + ".";
    private static final Pattern UNCONVERTIBLE = Pattern.compile(
            "Failed to inject value for parameter \\[(\\w+)] of class: ([\\w.$]+)[\\s\\S]*?Unable to convert value \\[(.*?)] to target type");
    private static final Pattern VIOLATION = Pattern.compile("(?m)^\\s*([\\w.$]+)\\.(\\w+) - (.+)$");

    private StartupFailure() {
    }

    public static Optional<String> settingProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigurationException && cause.getMessage() != null) {
                return Optional.of(cause.getMessage());
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            Matcher unconvertible = UNCONVERTIBLE.matcher(message);
            if (unconvertible.find() && unconvertible.group(2).startsWith(PACKAGE)) {
                return Optional.of(Settings.describe(property(unconvertible.group(2), unconvertible.group(1)),
                        "must be " + expected(unconvertible.group(2), unconvertible.group(1))
                                + ", but it is '" + unconvertible.group(3) + "'"));
            }
            List<String> violations = new ArrayList<>();
            for (Matcher violation = VIOLATION.matcher(message); violation.find(); ) {
                if (violation.group(1).startsWith(PACKAGE)) {
                    violations.add(Settings.describe(property(violation.group(1), violation.group(2)), violation.group(3)));
                }
            }
            if (!violations.isEmpty()) {
                return Optional.of(String.join(" ", violations));
            }
        }
        return Optional.empty();
    }

    private static String property(String className, String component) {
        return configuration(className).getAnnotation(ConfigurationProperties.class).value() + "."
                + NameUtils.hyphenate(component);
    }

    /** What a value of the record component's type looks like, in a user's words. */
    private static String expected(String className, String component) {
        Class<?> type = Arrays.stream(configuration(className).getRecordComponents())
                .filter(c -> c.getName().equals(component)).map(RecordComponent::getType).findFirst().orElse(Object.class);
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

    private static Class<?> configuration(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
