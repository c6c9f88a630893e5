package com.example.itemtracker.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LogSetupTest {

    @Test
    void writesTheTextFormatWithTheRequestIdOnlyWhenThereIsOne() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        assertThat(new LogSetup().configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("com.zaxxer.hikari.pool.HikariPool").getEffectiveLevel()).isEqualTo(Level.WARN);
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("console");
        assertThat(console.isStarted()).isTrue();

        ch.qos.logback.classic.Logger logger = context.getLogger("com.example.itemtracker.app.web.ReportController");
        LoggingEvent plain = new LoggingEvent("test", logger, Level.WARN, "report failed: {}", null, new Object[] {"why"});
        assertThat(line(console, plain)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[.+] c\\.e\\.i\\.app\\.web\\.ReportController - report failed: why\\n");

        context.getMDCAdapter().put("requestId", "0123abcd");
        LoggingEvent inRequest = new LoggingEvent("test", logger, Level.INFO, "listed", null, null);
        assertThat(line(console, inRequest)).endsWith(" c.e.i.app.web.ReportController [0123abcd] - listed\n");
    }

    @Test
    void leavesAConfigurationFileNamedOnTheCommandLineToLogback() {
        System.setProperty("logback.configurationFile", "elsewhere.xml");
        try {
            LoggerContext context = new LoggerContext();
            assertThat(new LogSetup().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    private static String line(OutputStreamAppender<ILoggingEvent> appender, ILoggingEvent event) {
        return new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
    }
}
