package com.example.itemtracker.core.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WorkItemIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "42", "0042", "9223372036854775807"})
    void decimalIdsParse(String text) {
        assertThat(WorkItemId.parse(text)).isEqualTo(Long.parseLong(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "+1", "abc", "4 2", "1e3", "0x10", "１２", "9223372036854775808", "99999999999999999999"})
    void anythingElseIsInvalidInputNamingTheIdField(String text) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> WorkItemId.parse(text));

        assertThat(e.errors()).singleElement().extracting(FieldError::field).isEqualTo("id");
    }
}
