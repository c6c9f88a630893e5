package com.example.itemtracker.app;

import com.example.itemtracker.app.config.StartupFailure;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.slf4j.LoggerFactory;

@OpenAPIDefinition(info = @Info(title = "Item Tracker", version = "1.0",
        description = "Tracks work items and emails reports of them. Every error is application/problem+json (RFC 9457)."))
public final class Application extends Micronaut {

    private Application() {
    }

    public static void main(String[] args) {
        String logFormat = System.getenv("LOG_FORMAT");
        if (logFormat != null && !logFormat.isEmpty() && !logFormat.equals("text") && !logFormat.equals("json")) {
            // Checked before the first log line: logback would print nothing at all with an unknown format.
            System.err.println("Item Tracker cannot start: LOG_FORMAT must be text or json, but it is '" + logFormat + "'.");
            System.exit(2);
        }
        BackgroundPreinitializer.start();
        // The banner is no log line: in JSON it would be the one line that does not parse.
        new Application().mainClass(Application.class).banner(!"json".equals(logFormat)).args(args).start();
    }

    /** A wrong setting stops the service with one line naming it, not a stack trace. */
    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        StartupFailure.settingProblem(exception).ifPresentOrElse(problem -> {
            LoggerFactory.getLogger(Application.class).error("Item Tracker cannot start: {}", problem);
            System.exit(2);
        }, () -> super.handleStartupException(environment, exception));
    }
}
