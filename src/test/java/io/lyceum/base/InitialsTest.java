package io.lyceum.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialsTest {

    @Test
    void two_words_or_more_give_the_first_and_the_last_initial() {
        assertThat(Initials.of("Ada Lovelace")).isEqualTo("AL");
        assertThat(Initials.of("Mary Ann Smith")).isEqualTo("MS");
        assertThat(Initials.of("  acme   learning group ")).isEqualTo("AG");
        assertThat(Initials.of("Zoë Łukasiewicz")).isEqualTo("ZŁ");
    }

    @Test
    void words_that_do_not_start_with_a_letter_are_left_out() {
        assertThat(Initials.of("Quiet Garden 42")).isEqualTo("QG");
        assertThat(Initials.of("Org nav-x1y2-3")).isEqualTo("ON");
        assertThat(Initials.of("E2E Org-4a3b2c")).isEqualTo("EO");
        assertThat(Initials.of("42 Academy")).isEqualTo("A");
    }

    @Test
    void one_word_gives_one_letter_and_a_name_without_letters_its_first_character() {
        assertThat(Initials.of("Acme")).isEqualTo("A");
        assertThat(Initials.of("42")).isEqualTo("4");
        assertThat(Initials.of(" ")).isEmpty();
    }

    @Test
    void never_more_than_two_letters_even_beyond_the_basic_plane() {
        assertThat(Initials.of("The Quick Brown Fox Jumps Over")).isEqualTo("TO");
        String initials = Initials.of("𝔸lpha 𝔹eta Gamma");
        assertThat(initials.codePointCount(0, initials.length())).isEqualTo(2);
        assertThat(initials).isEqualTo("𝔸G");
    }
}
