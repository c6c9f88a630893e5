package com.example.itemtracker.core.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NewWorkItemTest {

    @Test
    void aCompleteItemIsValid() {
        NewWorkItem item = new NewWorkItem("Show how to add an item", "python", "In progress", "Me");

        assertThat(item.username()).isEqualTo("Me");
    }

    @Test
    void missingGuideAndStatusReadAsEmpty() {
        NewWorkItem item = new NewWorkItem("d", null, null, "Me");

        assertThat(item.guide()).isEmpty();
        assertThat(item.status()).isEmpty();
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new NewWorkItem("  ", "g".repeat(46), "ok", null));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("description", "guide", "username");
        assertThat(e.errors().get(0).message()).isEqualTo("is required and must not be blank");
        assertThat(e.errors().get(1).message()).isEqualTo("must be at most 45 characters (it has 46)");
        assertThat(e.getMessage()).contains("username is required");
    }

    @Test
    void lengthsCountCodePointsNotUtf16Units() {
        String fortyFiveEmoji = "😀".repeat(45);
        assertThat(fortyFiveEmoji.length()).isEqualTo(90);

        assertThat(new NewWorkItem("d", fortyFiveEmoji, "", fortyFiveEmoji).username()).isEqualTo(fortyFiveEmoji);
        assertThatThrownBy(() -> new NewWorkItem("d", "", "", fortyFiveEmoji + "😀"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("username must be at most 45 characters (it has 46)");
    }

    @Test
    void descriptionAndStatusHaveGenerousUpperBounds() {
        assertThat(new NewWorkItem("d".repeat(NewWorkItem.MAX_DESCRIPTION), "", "s".repeat(NewWorkItem.MAX_STATUS), "u"))
                .isNotNull();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () ->
                new NewWorkItem("d".repeat(NewWorkItem.MAX_DESCRIPTION + 1), "", "s".repeat(NewWorkItem.MAX_STATUS + 1), "u"));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("description", "status");
    }

    @Test
    void tabAndNewlineAreAllowedOtherControlCharactersAreNot() {
        assertThat(new NewWorkItem("line one\nline two\tindented", "", "", "Me")).isNotNull();

        assertThatThrownBy(() -> new NewWorkItem("bell\u0007", "", "", "Me"))
                .hasMessage("description must not contain control characters (found U+0007 at position 4)");
        assertThatThrownBy(() -> new NewWorkItem("d", "", "nul\u0000", "Me"))
                .hasMessageContaining("status must not contain control characters (found U+0000");
        assertThatThrownBy(() -> new NewWorkItem("d", "", "", "carriage\rreturn"))
                .hasMessageContaining("username must not contain control characters (found U+000D");
        assertThatThrownBy(() -> new NewWorkItem("d", "", "\u009b", "Me"))
                .hasMessageContaining("U+009B");
    }

    @Test
    void unpairedSurrogatesAreRejected() {
        assertThatThrownBy(() -> new NewWorkItem("broken \ud83d", "", "", "Me"))
                .hasMessage("description must not contain an unpaired surrogate (found U+D83D at position 7)");
        assertThatThrownBy(() -> new NewWorkItem("d", "", "", "\ude00x"))
                .hasMessageContaining("unpaired surrogate");
    }
}
