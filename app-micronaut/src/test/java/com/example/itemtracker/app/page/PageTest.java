package com.example.itemtracker.app.page;

import com.example.itemtracker.app.harness.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.example.itemtracker.app.harness.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The page's files over HTTP: what is served, with which headers, and nothing else. */
class PageTest {

    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(Map.of());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            /,                 text/html;charset=utf-8
            /assets/app.js,    text/javascript;charset=utf-8
            /assets/app.css,   text/css;charset=utf-8
            /assets/icon.svg,  image/svg+xml
            """)
    void eachFileIsServedWithThePagesPolicyAndTheApisHeaders(String path, String type) {
        HttpResponse<String> response = service.get(path, "Accept", "text/html,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue(type);
        assertThat(response.headers().firstValue("content-security-policy")).hasValue(PageController.CONTENT_SECURITY_POLICY);
        assertThat(PageController.CONTENT_SECURITY_POLICY).contains("default-src 'none'", "script-src 'self';", "connect-src 'self';",
                "frame-ancestors 'none'").doesNotContain("unsafe", "http", "*", "data:");
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("x-request-id")).isPresent();
        assertThat(response.headers().firstValue("cache-control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("referrer-policy")).hasValue("no-referrer");

        String etag = response.headers().firstValue("etag").orElseThrow();
        HttpResponse<String> again = service.get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).as("unchanged since the browser's copy").isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void thePageHasNoInlineScriptStyleOrHandlerAndNamesNoOtherOrigin() {
        String html = service.get("/").body();

        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("a script of the page's own").contains(" src=\"/assets/");
            assertThat(scripts.group(2)).as("no inline script").isEmpty();
        }
        assertThat(count).isEqualTo(1);
        assertThat(html).doesNotContainPattern("(?i)<style|\\sstyle=|\\son[a-z]+=|https?://|javascript:");
    }

    @Test
    void theScriptNeverTurnsTextIntoMarkupOrCode() {
        String script = service.get("/assets/app.js").body();

        assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                "setTimeout(\"", "DOMParser", "createContextualFragment").contains("textContent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/nothing.js", "/assets/index.html", "/assets/..%2Fapplication.yml", "/assets/%2E%2E%2Fapplication.yml",
            "/index.html", "/page/app.js", "/application.yml"})
    void onlyThePagesFilesAreServed(String path) {
        assertProblem(service.get(path), 404);
    }
}
