package com.example.itemtracker.core.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"to@example.com", "first.last+tag@sub.example.co.uk", "o'brien@example.org", "a@localhost",
            "x_y-z@example-domain.com"})
    void plainAddressesAreAccepted(String address) {
        assertThat(EmailAddress.parse(address, "email").value()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "plainaddress", "@example.com", "to@", "to@@example.com", "a@b@example.com",
            "to@example.com\r\nBcc: victim@example.com", "to@example.com\nx", " to@example.com", "to@example.com ",
            "Name <to@example.com>", "to@example.com, other@example.com", "to@example.com;other@example.com",
            "\"quoted\"@example.com", "to(comment)@example.com", ".dot@example.com", "dot.@example.com",
            "two..dots@example.com", "to@-example.com", "to@example-.com", "to@example..com", "zoë@example.com",
            "to@exämple.com", "to@[127.0.0.1]"})
    void anythingElseIsInvalidInputNamingTheField(String address) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> EmailAddress.parse(address, "email"));

        assertThat(e.errors()).singleElement().extracting(FieldError::field).isEqualTo("email");
    }

    @org.junit.jupiter.api.Test
    void lengthLimitsApply() {
        String longLocal = "a".repeat(65) + "@example.com";
        String longAddress = "a@" + ("b".repeat(60) + ".").repeat(5) + "com";

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> EmailAddress.parse(longLocal, "email"))).isNotNull();
        assertThat(longAddress.length()).isGreaterThan(254);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> EmailAddress.parse(longAddress, "email"))).isNotNull();
    }
}
