package io.lyceum.base.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Sizes are written as people read them, with the decimal separator of their language. */
class UploadLimitsDescribeTest {

    @AfterEach
    void noScreen() {
        UI.setCurrent(null);
    }

    private static void reader(Locale locale) {
        var ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }

    @Test
    void whole_megabytes_have_no_decimals_and_others_one_in_the_readers_style() {
        assertThat(UploadLimits.describe(DataSize.ofMegabytes(5))).isEqualTo("5 MB");
        assertThat(UploadLimits.describe(DataSize.ofKilobytes(1536))).isEqualTo("1.5 MB");
        assertThat(UploadLimits.describe(DataSize.ofKilobytes(500))).isEqualTo("500 KB");
        assertThat(UploadLimits.describe(DataSize.ofBytes(1))).isEqualTo("1 byte");
        reader(Locale.GERMAN);
        assertThat(UploadLimits.describe(DataSize.ofKilobytes(1536))).isEqualTo("1,5 MB");
        assertThat(LimitedUpload.tooLargeMessage(DataSize.ofMegabytes(2)))
                .isEqualTo("Die Datei ist zu groß: Hier können höchstens 2 MB hochgeladen werden.");
    }
}
