package com.example.itemtracker.app;

import com.example.itemtracker.app.config.StartupFailure;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class Application extends Micronaut {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        new Application().mainClass(Application.class).args(args).start();
    }

    /** A wrong setting stops the service with one line naming it, not a stack trace. */
    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        StartupFailure.settingProblem(exception).ifPresentOrElse(problem -> {
            LOG.error("Item Tracker cannot start: {}", problem);
            System.exit(2);
        }, () -> super.handleStartupException(environment, exception));
    }
}
