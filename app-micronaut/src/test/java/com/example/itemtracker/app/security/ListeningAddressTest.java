package com.example.itemtracker.app.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.itemtracker.app.config.StartupFailure;
import com.example.itemtracker.app.harness.OidcProvider;
import com.example.itemtracker.app.harness.RunningService;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** HOST: loopback needs nothing; any other address needs AUTH, and AUTH=none is warned about. */
class ListeningAddressTest {

    @Test
    void anotherAddressWithoutAuthStopsTheStartWithOneLineNamingAuth() {
        Throwable failure = catchThrowable(() -> RunningService.start(Map.of("micronaut.server.host", "0.0.0.0")));

        assertThat(StartupFailure.settingProblem(failure)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("AUTH (item-tracker.auth.mode) must be set when the service listens on 0.0.0.0 (HOST"
                        + " (micronaut.server.host)), where other machines reach it: AUTH=oidc")
                .contains("AUTH=none").doesNotContain("\n"));
    }

    @Test
    void loopbackNeedsNoAuth() {
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            try (RunningService service = RunningService.start(Map.of("micronaut.server.host", host))) {
                assertThat(service.get("/health").statusCode()).as(host).isEqualTo(200);
            }
        }
    }

    @Test
    void authNoneListensAnywhereAndTheStartWarns() {
        Logger logger = (Logger) LoggerFactory.getLogger(ListeningAddressCheck.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try (RunningService service = RunningService.start(Map.of("micronaut.server.host", "0.0.0.0", "item-tracker.auth.mode", "none"))) {
            assertThat(service.get("/api/items").statusCode()).isEqualTo(200);
            assertThat(lines.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
                    .startsWith("Listening on 0.0.0.0 with AUTH=none: whoever reaches this address can list, add and archive"));
        } finally {
            logger.detachAppender(lines);
        }
    }

    @Test
    void signInMakesAnyAddressFine() {
        try (OidcProvider provider = OidcProvider.start()) {
            Map<String, Object> settings = new HashMap<>(provider.serviceSettings());
            settings.put("micronaut.server.host", "0.0.0.0");
            try (RunningService service = RunningService.start(settings)) {
                assertThat(service.get("/api/items").statusCode()).isEqualTo(401);
            }
        }
    }

    @Test
    void signInSettingsAreCheckedAtTheStart() {
        assertThat(StartupFailure.settingProblem(catchThrowable(() -> RunningService.start(Map.of("item-tracker.auth.mode", "oidc")))))
                .hasValueSatisfying(line -> assertThat(line).startsWith("OIDC_ISSUER (item-tracker.auth.oidc-issuer) is required when AUTH=oidc"));
        assertThat(StartupFailure.settingProblem(catchThrowable(() -> RunningService.start(Map.of("item-tracker.auth.mode", "oidc",
                "item-tracker.auth.oidc-issuer", "https://issuer.example.com")))))
                .hasValueSatisfying(line -> assertThat(line).startsWith("OIDC_CLIENT_ID (item-tracker.auth.oidc-client-id) is required"));
        assertThat(StartupFailure.settingProblem(catchThrowable(() -> RunningService.start(Map.of("item-tracker.auth.mode", "oidc",
                "item-tracker.auth.oidc-issuer", "http://issuer.example.com", "item-tracker.auth.oidc-client-id", "c")))))
                .hasValueSatisfying(line -> assertThat(line).startsWith("OIDC_ISSUER (item-tracker.auth.oidc-issuer) must be an https URL"));
        assertThat(StartupFailure.settingProblem(catchThrowable(() -> RunningService.start(Map.of("item-tracker.auth.mode", "sometimes")))))
                .hasValue("AUTH (item-tracker.auth.mode) must be one of none, oidc (or not set, for this machine alone), but it is 'sometimes'.");
    }
}
