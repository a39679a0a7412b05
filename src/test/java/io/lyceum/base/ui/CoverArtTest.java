package io.lyceum.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverArtTest {

    @Test
    void a_title_always_gets_the_same_hue_and_its_initials() {
        var art = new CoverArt("Workplace Safety Essentials");
        assertThat(art.getText()).isEqualTo("WS");
        assertThat(art.getStyle().get("--cover-hue"))
                .isEqualTo(String.valueOf(CoverArt.hue("workplace safety essentials")));
        assertThat(art.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(CoverArt.hue(" Workplace Safety Essentials "))
                .isEqualTo(CoverArt.hue("workplace safety essentials"));
        assertThat(CoverArt.hue("Intro to Java")).isBetween(0, 359).isNotEqualTo(CoverArt.hue("Intro to Kotlin"));
    }

    @Test
    void initials_take_the_first_letters_of_two_words_whatever_the_script() {
        assertThat(CoverArt.initials("Zoë's Café")).isEqualTo("ZC");
        assertThat(CoverArt.initials("  élan   vital  extra")).isEqualTo("ÉV");
        assertThat(CoverArt.initials("101 Python")).isEqualTo("1P");
        assertThat(CoverArt.initials("— Dash")).isEqualTo("D");
        assertThat(CoverArt.initials("")).isEmpty();
    }
}
