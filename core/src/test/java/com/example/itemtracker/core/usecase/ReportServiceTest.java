package com.example.itemtracker.core.usecase;

import com.example.itemtracker.core.domain.EmailAddress;
import com.example.itemtracker.core.domain.InvalidInputException;
import com.example.itemtracker.core.domain.NewWorkItem;
import com.example.itemtracker.core.domain.RecipientAllowList;
import com.example.itemtracker.core.domain.ReportNotAllowedException;
import com.example.itemtracker.core.domain.ReportRateLimitedException;
import com.example.itemtracker.core.port.InMemoryWorkItemStore;
import com.example.itemtracker.core.port.ReportSender;
import com.example.itemtracker.core.report.ReportComposer;
import com.example.itemtracker.core.report.ReportMessage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportServiceTest {

    private final InMemoryWorkItemStore store = new InMemoryWorkItemStore();
    private final List<ReportMessage> sent = new ArrayList<>();
    private final ReportService reports = new ReportService(store, new ReportComposer(10, ZoneId.of("UTC")),
            message -> {
                sent.add(message);
                return new ReportSender.Sent("message-" + sent.size(), false);
            },
            new EmailAddress("sender@example.com"),
            Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void reportsTheActiveItemsOnly() {
        store.add(new NewWorkItem("active", "java", "", "Me"));
        long archived = store.add(new NewWorkItem("archived", "java", "", "Me")).id();
        store.archive(archived);

        ReportService.SentReport report = reports.send("to@example.com");

        assertThat(report).isEqualTo(new ReportService.SentReport("to@example.com", 1, false, false, "message-1"));
        assertThat(sent.getFirst().text()).contains("active,java,,Me,false").doesNotContain("archived,");
        assertThat(sent.getFirst().to().value()).isEqualTo("to@example.com");
        assertThat(sent.getFirst().from().value()).isEqualTo("sender@example.com");
        assertThat(sent.getFirst().text()).contains("2026-11-24 08:00:00");
    }

    @Test
    void moreThanTheLimitIsAttached() {
        for (int i = 0; i < 11; i++) {
            store.add(new NewWorkItem("item " + i, "java", "", "Me"));
        }

        assertThat(reports.send("to@example.com").attached()).isTrue();
    }

    @Test
    void aBadRecipientSendsNothing() {
        assertThatThrownBy(() -> reports.send("to@example.com\r\nBcc: x@example.com"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("email ");
        assertThatThrownBy(() -> reports.send(null)).isInstanceOf(InvalidInputException.class);

        assertThat(sent).isEmpty();
    }

    @Test
    void aRecipientOffTheAllowListIsRefusedBeforeAnythingIsReadOrCounted() {
        ReportService limited = new ReportService(store, new ReportComposer(10, ZoneId.of("UTC")), message -> {
            sent.add(message);
            return new ReportSender.Sent("id", false);
        }, new EmailAddress("sender@example.com"), Clock.systemUTC(), RecipientAllowList.parse("@example.com"),
                ReportRateLimit.perMinute(1, Clock.systemUTC()));

        assertThatThrownBy(() -> limited.send("someone@elsewhere.example")).isInstanceOf(ReportNotAllowedException.class)
                .hasMessage("Reports may only be sent to the addresses and domains this service allows, and"
                        + " someone@elsewhere.example is not one of them.");
        assertThat(limited.send("to@example.com").messageId()).isEqualTo("id");
        assertThatThrownBy(() -> limited.send("to@example.com")).isInstanceOf(ReportRateLimitedException.class);
        assertThat(sent).hasSize(1);
    }
}
