package io.lyceum.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.lyceum.KaribuTest;
import org.junit.jupiter.api.Test;

/** An unexpected failure shows an apology with a reference, and nothing of the exception. */
class ServerErrorViewTest extends KaribuTest {

    @Test
    void a_failing_page_shows_a_reference_and_no_exception_text() {
        openOn(organizations.create("errors"));
        navigate("test/failing");
        var view = _get(ServerErrorView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Something went wrong").containsPattern("Reference: ERR-[0-9A-F]{8}");
        assertThat(text)
                .doesNotContain(FailingView.INTERNALS)
                .doesNotContain("IllegalStateException")
                .doesNotContain("Exception");
        assertThat(UI.getCurrent().getInternals().getTitle()).doesNotContain("Exception");
    }
}
