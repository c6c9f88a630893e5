package com.example.itemtracker.app.store;

import com.example.itemtracker.app.harness.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second service started on the data directory of a running one (H2 lets one process open its
 * file) stops with one line saying so, not a stack trace, and the first one carries on. Two
 * processes, since within one JVM H2 shares the open database.
 */
class DataDirectoryInUseIT {

    @TempDir
    Path work;

    @Test
    void aSecondServiceOnTheSameDataDirectoryIsToldSoInOneLine() throws Exception {
        Path dataDir = work.resolve("data");
        Map<String, String> settings = Map.of("DATA_DIR", dataDir.toString(), "OUTBOX_DIR", work.resolve("outbox").toString());
        try (ServiceProcess first = ServiceProcess.start(settings, work.resolve("first.log"))) {
            Path secondLog = work.resolve("second.log");

            assertThat(ServiceProcess.runToExit(settings, secondLog)).as("exit code").isEqualTo(2);

            String log = Files.readString(secondLog);
            assertThat(log).contains("Item Tracker cannot start: DATA_DIR (item-tracker.data-dir) is in use by another"
                    + " running service: " + dataDir + " holds an H2 database, which one process at a time opens."
                    + " Stop the other one, or give this one a DATA_DIR of its own.");
            assertThat(log).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
            HttpResponse<String> list = first.client().send(HttpRequest.newBuilder(first.uri("/api/items")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).as("the first service is unharmed").isEqualTo(200);
        }
    }
}
