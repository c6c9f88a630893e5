package com.example.itemtracker.core.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecipientAllowListTest {

    private final RecipientAllowList list = RecipientAllowList.parse(" Boss@Example.com, @team.example.org ,");

    @Test
    void namedAddressesAndWholeDomainsAreAllowedWhateverTheirCase() {
        assertThat(list.allows(new EmailAddress("boss@example.com"))).isTrue();
        assertThat(list.allows(new EmailAddress("BOSS@EXAMPLE.COM"))).isTrue();
        assertThat(list.allows(new EmailAddress("anyone@team.example.org"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"other@example.com", "boss@example.co", "x@sub.team.example.org", "x@example.org",
            "team.example.org@evil.example"})
    void everyoneElseIsNot(String address) {
        assertThat(list.allows(new EmailAddress(address))).isFalse();
    }

    @Test
    void emptyAllowsAnyone() {
        assertThat(RecipientAllowList.parse("").allowsAnyone()).isTrue();
        assertThat(RecipientAllowList.parse(null).allows(new EmailAddress("a@b.example"))).isTrue();
        assertThat(list.allowsAnyone()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an address", "@", "a@b.com, @@x.com", "Name <a@b.com>"})
    void anEntryThatIsNeitherIsNamed(String entries) {
        assertThatThrownBy(() -> RecipientAllowList.parse(entries)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is neither an email address nor an @domain");
    }
}
