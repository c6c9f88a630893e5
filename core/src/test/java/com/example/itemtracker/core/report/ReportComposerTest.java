package com.example.itemtracker.core.report;

import com.example.itemtracker.core.domain.EmailAddress;
import com.example.itemtracker.core.domain.WorkItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportComposerTest {

    private static final EmailAddress FROM = new EmailAddress("sender@example.com");
    private static final EmailAddress TO = new EmailAddress("to@example.com");
    private static final Instant SNAPSHOT = Instant.parse("2026-11-24T20:40:05Z");
    private static final String HEADER = "description,guide,status,username,archived\r\n";

    private final ReportComposer composer = new ReportComposer(ReportComposer.DEFAULT_INLINE_LIMIT, ZoneId.of("UTC"));

    private static List<WorkItem> items(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new WorkItem(i, "Item " + i, "java", "open", "user" + i, false)).toList();
    }

    @Test
    void noItemsSaySoWithoutATable() {
        ReportMessage message = composer.compose(List.of(), FROM, TO, SNAPSHOT);

        assertThat(message.subject()).isEqualTo("Work items");
        assertThat(message.from()).isEqualTo(FROM);
        assertThat(message.to()).isEqualTo(TO);
        assertThat(message.text()).isEqualTo("There are no active work items as of 2026-11-24 20:40:05 +00:00 (UTC).\r\n");
        assertThat(message.html()).contains("There are no active work items").doesNotContain("<table");
        assertThat(message.attachments()).isEmpty();
        assertThat(message.sentAt()).isEqualTo(SNAPSHOT);
    }

    @Test
    void oneItemIsListedInlineAsCsvAndAsAnHtmlTable() {
        ReportMessage message = composer.compose(items(1), FROM, TO, SNAPSHOT);

        assertThat(message.text()).isEqualTo("There is 1 active work item as of 2026-11-24 20:40:05 +00:00 (UTC).\r\n\r\n"
                + HEADER + "Item 1,java,open,user1,false\r\n");
        assertThat(message.html()).contains("<th>description</th><th>guide</th><th>status</th><th>username</th><th>archived</th>")
                .contains(">Item 1</td>").contains(">user1</td>");
        assertThat(message.attachments()).isEmpty();
    }

    @Test
    void tenItemsAreStillInline() {
        ReportMessage message = composer.compose(items(10), FROM, TO, SNAPSHOT);

        assertThat(message.attachments()).isEmpty();
        assertThat(message.text()).startsWith("There are 10 active work items").contains("Item 10,java,open,user10,false\r\n");
        assertThat(message.html().split("<tr>", -1)).hasSize(12);
    }

    @Test
    void elevenItemsGoIntoTheCsvAttachment() {
        ReportMessage message = composer.compose(items(11), FROM, TO, SNAPSHOT);

        assertThat(message.text()).contains("There are 11 active work items")
                .contains("see the attached file work_items.csv").doesNotContain("Item 1,");
        assertThat(message.html()).contains("see the attached file work_items.csv").doesNotContain("<table");
        Attachment csv = message.attachments().getFirst();
        assertThat(csv.filename()).isEqualTo("work_items.csv");
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=UTF-8");
        String content = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(content).startsWith(HEADER).endsWith("Item 11,java,open,user11,false\r\n");
        assertThat(content.split("\r\n")).hasSize(12);
    }

    @Test
    void tenThousandItemsAllReachTheAttachment() {
        ReportMessage message = composer.compose(items(10_000), FROM, TO, SNAPSHOT);

        String content = new String(message.attachments().getFirst().content(), StandardCharsets.UTF_8);
        assertThat(content.split("\r\n")).hasSize(10_001);
        assertThat(message.text()).contains("There are 10000 active work items");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void theInlineLimitIsConfigurable(int limit) {
        ReportComposer small = new ReportComposer(limit, ZoneId.of("UTC"));

        assertThat(small.compose(items(limit), FROM, TO, SNAPSHOT).attachments()).isEmpty();
        assertThat(small.compose(items(limit + 1), FROM, TO, SNAPSHOT).attachments()).hasSize(1);
        assertThatThrownBy(() -> new ReportComposer(-1, ZoneId.of("UTC"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSnapshotTimeIsStatedInTheConfiguredZone() {
        ReportComposer berlin = new ReportComposer(10, ZoneId.of("Europe/Berlin"));

        assertThat(berlin.compose(items(1), FROM, TO, SNAPSHOT).text())
                .startsWith("There is 1 active work item as of 2026-11-24 21:40:05 +01:00 (Europe/Berlin).");
    }

    @Test
    void htmlInItemsIsTextNotMarkup() {
        List<WorkItem> hostile = List.of(new WorkItem(1, "<script>alert('x')</script> & \"quotes\"", "<b>", "", "<img src=x>", false));

        String html = composer.compose(hostile, FROM, TO, SNAPSHOT).html();

        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .contains("&lt;img src=x&gt;");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndDefusesFormulas() {
        List<WorkItem> tricky = List.of(
                new WorkItem(1, "a, b", "say \"hi\"", "line\nbreak", "=HYPERLINK(\"http://evil\")", false),
                new WorkItem(2, "+1", "-2", "@SUM(A1)", "\tcmd", false),
                new WorkItem(3, "\r\nstarts with CR", "plain", "", "x", false));

        ReportMessage message = new ReportComposer(0, ZoneId.of("UTC")).compose(tricky, FROM, TO, SNAPSHOT);

        String csv = new String(message.attachments().getFirst().content(), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(HEADER
                + "\"a, b\",\"say \"\"hi\"\"\",\"line\nbreak\",\"'=HYPERLINK(\"\"http://evil\"\")\",false\r\n"
                + "'+1,'-2,'@SUM(A1),'\tcmd,false\r\n"
                + "\"'\r\nstarts with CR\",plain,,x,false\r\n");
    }

    @Test
    void unicodeIsKeptInTextHtmlAndCsv() {
        List<WorkItem> unicode = List.of(new WorkItem(1, "日本語 😀 Zoë", "rust", "進行中", "Zoë", false));

        ReportMessage inline = composer.compose(unicode, FROM, TO, SNAPSHOT);
        ReportMessage attached = new ReportComposer(0, ZoneId.of("UTC")).compose(unicode, FROM, TO, SNAPSHOT);

        assertThat(inline.text()).contains("日本語 😀 Zoë,rust,進行中,Zoë,false");
        assertThat(inline.html()).contains("日本語 😀 Zoë").contains("<meta charset=\"UTF-8\">");
        assertThat(new String(attached.attachments().getFirst().content(), StandardCharsets.UTF_8)).contains("日本語 😀 Zoë");
    }
}
