package com.example.itemtracker.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.http.server.exceptions.ServerStartupException;

import java.lang.reflect.RecordComponent;
import java.net.BindException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in what stopped the start-up, the wrong settings, and says in one line which environment
 * variable to fix and how. It reads the ways a setting fails: a value Micronaut cannot convert to
 * the configuration record's type, a value set to nothing where the type needs one, a
 * {@link ConfigurationException} from the record's own checks, and a port another program holds.
 */
public final class StartupFailure {

    private static final String PACKAGE = StartupFailure.class.getPackageName() + ".";
    /**
     * A value Micronaut cannot convert to the record component's type (group 3 holds it), or a
     * setting set to nothing ({@code STORE=}), which Micronaut takes for an absent one.
     */
    private static final Pattern UNUSABLE = Pattern.compile("Failed to inject value for parameter \\[(\\w+)] of class: ([\\w.$]+)"
            + "[\\s\\S]*?(?:Unable to convert value \\[(.*?)] to target type|Error resolving property value \\[[\\w.-]+]\\. Property doesn't exist)");

    /** The end of Micronaut's "Unable to start Micronaut server on *:8080". */
    private static final Pattern SERVER_PORT = Pattern.compile(":(\\d+)$");

    private StartupFailure() {
    }

    public static Optional<String> settingProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigurationException && cause.getMessage() != null) {
                return Optional.of(cause.getMessage());
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (cause instanceof ServerStartupException && cause.getCause() instanceof BindException) {
                Matcher port = SERVER_PORT.matcher(message);
                return Optional.of(Settings.describe("micronaut.server.port", "must be a port that no other program"
                        + " listens on, but " + (port.find() ? port.group(1) : "the one set") + " is in use: stop that"
                        + " program, or set PORT to a free port"));
            }
            Matcher unusable = UNUSABLE.matcher(message);
            if (unusable.find() && unusable.group(2).startsWith(PACKAGE)) {
                String value = unusable.group(3) == null ? "empty" : Settings.shown(unusable.group(3));
                return Optional.of(Settings.describe(property(unusable.group(2), unusable.group(1)),
                        "must be " + expected(unusable.group(2), unusable.group(1)) + ", but it is " + value));
            }
        }
        return Optional.empty();
    }

    private static String property(String className, String component) {
        return configuration(className).getAnnotation(ConfigurationProperties.class).value() + "."
                + NameUtils.hyphenate(component);
    }

    private static String expected(String className, String component) {
        return Settings.expected(Arrays.stream(configuration(className).getRecordComponents())
                .filter(c -> c.getName().equals(component)).map(RecordComponent::getType).findFirst().orElse(Object.class));
    }

    private static Class<?> configuration(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
