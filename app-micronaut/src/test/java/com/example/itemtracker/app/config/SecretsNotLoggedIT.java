package com.example.itemtracker.app.config;

import com.example.itemtracker.adapter.ses.FakeSes;
import com.example.itemtracker.app.harness.ServiceProcess;
import com.example.itemtracker.testsupport.SigV4;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets never reach the log, on the paths where leaks happen: a database that cannot be reached
 * (with the password in JDBC_PASSWORD and in the URL), and SES refusing the credentials. The built
 * jar runs as users run it, and its whole output is scanned.
 */
class SecretsNotLoggedIT {

    private static final String JDBC_PASSWORD = "JdbcPasswordNeverLogged-4711";
    private static final String URL_PASSWORD = "UrlPasswordNeverLogged-0815";
    private static final String AWS_SECRET = "AwsSecretKeyNeverLogged/abc+XYZ";
    private static final String AWS_SESSION_TOKEN = "AwsSessionTokenNeverLogged-1234";

    @TempDir
    Path work;

    @Test
    void neitherTheDatabasePasswordNorAwsCredentialsAreLogged() throws Exception {
        String log;
        try (ServiceProcess jdbc = ServiceProcess.start(Map.of(
                "STORE", "jdbc",
                "JDBC_URL", "jdbc:postgresql://127.0.0.1:1/auroraappdb?user=app&password=" + URL_PASSWORD,
                "JDBC_PASSWORD", JDBC_PASSWORD,
                "OUTBOX_DIR", work.resolve("outbox").toString()), work.resolve("jdbc.log"))) {
            for (String path : List.of("/api/items", "/api/items/1", "/health")) {
                assertThat(get(jdbc, path).statusCode()).isEqualTo(503);
            }
            assertThat(post(jdbc, "/api/items", "{\"name\":\"Me\",\"description\":\"d\"}").statusCode()).isEqualTo(503);
            log = jdbc.log();
        }
        try (FakeSes ses = new FakeSes(new SigV4("AKIDFAKEFAKEFAKE", AWS_SECRET));
             ServiceProcess withSes = ServiceProcess.start(Map.of(
                     "DATA_DIR", work.resolve("data").toString(),
                     "REPORT_SENDER", "ses", "SENDER_EMAIL", "reports@example.com",
                     "SES_REGION", "us-east-1", "SES_ENDPOINT", ses.endpoint().toString(),
                     "AWS_ACCESS_KEY_ID", "AKIDFAKEFAKEFAKE", "AWS_SECRET_ACCESS_KEY", AWS_SECRET,
                     "AWS_SESSION_TOKEN", AWS_SESSION_TOKEN), work.resolve("ses.log"))) {
            ses.failNext(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
            assertThat(post(withSes, "/api/items:report", "{\"email\":\"to@example.com\"}").statusCode()).isEqualTo(502);
            assertThat(post(withSes, "/api/items:report", "{\"email\":\"to@example.com\"}").statusCode()).isEqualTo(200);
            log += withSes.log();
        }

        assertThat(log).as("the runs logged their failures").contains("store unavailable").contains("report not delivered");
        assertThat(log).doesNotContain(JDBC_PASSWORD).doesNotContain(URL_PASSWORD).doesNotContain(AWS_SECRET)
                .doesNotContain(AWS_SESSION_TOKEN);
    }

    private static HttpResponse<String> get(ServiceProcess service, String path) throws Exception {
        return service.client().send(HttpRequest.newBuilder(service.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(ServiceProcess service, String path, String json) throws Exception {
        return service.client().send(HttpRequest.newBuilder(service.uri(path)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
