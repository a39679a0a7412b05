package io.lyceum.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.lyceum.base.i18n.Moments;
import io.lyceum.base.ui.Badge;
import io.lyceum.base.ui.EmptyState;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.certificate.CertificateService;
import io.lyceum.certificate.CertificateStatus;
import io.lyceum.certificate.CertificateSummary;
import io.lyceum.learning.EnrollmentException;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A learner's certificates, history included: download, the public verification link, and for a
 * certificate that has expired or expires soon, the way to retake the course and recertify.
 */
@Route(value = "learn/certificates", layout = OrgLayout.class)
@PermitAll
@PluginView("certificates")
class MyCertificatesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Div cards = new Div();
    private final CertificateService certificates;

    MyCertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("page");
        cards.addClassName("features");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        cards.removeAll();
        add(new PageHeader(getTranslation("my-certificates.title"), getTranslation("my-certificates.lead")));
        var mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(
                    getTranslation("my-certificates.empty.title"), getTranslation("my-certificates.empty.text")));
            return;
        }
        Set<Long> newestPerCourse = new HashSet<>();
        var moments = new Moments(getLocale(), TenantContext.require().timeZone());
        for (CertificateSummary certificate : mine) {
            // Newest first: only a course's newest certificate offers the retake.
            cards.add(card(certificate, newestPerCourse.add(certificate.courseId()), moments));
        }
        add(cards);
    }

    private Card card(CertificateSummary certificate, boolean newest, Moments moments) {
        var card = new Card();
        card.setTitle(new Span(certificate.courseTitle()));
        card.setSubtitle(new Span(getTranslation("my-certificates.number", certificate.number())));
        var status = badge(certificate.status());
        String completed = moments.longDate(certificate.completedOn());
        String dates = certificate.expiresOn() == null
                ? getTranslation("my-certificates.completed", completed)
                : getTranslation(
                        certificate.status() == CertificateStatus.EXPIRED
                                ? "my-certificates.completed-expired"
                                : "my-certificates.completed-valid-until",
                        completed,
                        moments.longDate(certificate.expiresOn()));
        card.add(new Div(status), new Div(new Span(dates)));
        if (certificate.status() != CertificateStatus.REVOKED) {
            var download = new Anchor(certificate.pdfPath(), getTranslation("my-certificates.download"));
            download.getElement().setAttribute("download", true);
            var verify = new Anchor(
                    "/verify/" + certificate.verificationCode(), getTranslation("my-certificates.verification"));
            verify.setTarget("_blank");
            card.addToFooter(download, verify);
        }
        var soon = LocalDate.now(TenantContext.require().timeZone()).plusDays(CertificateService.EXPIRING_WITHIN_DAYS);
        if (newest
                && certificate.expiresOn() != null
                && certificate.status() != CertificateStatus.REVOKED
                && !certificate.expiresOn().isAfter(soon)) {
            card.addToFooter(new Button(getTranslation("my-certificates.retake"), click -> confirmRetake(certificate)));
        }
        return card;
    }

    private void confirmRetake(CertificateSummary certificate) {
        var dialog = new ConfirmDialog(
                getTranslation("my-certificates.retake.title", certificate.courseTitle()),
                getTranslation("my-certificates.retake.text"),
                getTranslation("my-certificates.retake.confirm"),
                confirm -> {
                    try {
                        certificates.retake(certificate.courseId());
                        getUI().ifPresent(ui -> ui.navigate("learn/courses/" + certificate.courseId() + "/play"));
                    } catch (EnrollmentException e) {
                        Toast.error(e.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("my-certificates.cancel"));
        dialog.open();
    }

    /** The status as a coloured badge: valid green, expired grey, revoked red. */
    static Badge badge(CertificateStatus status) {
        var badge = new Badge(
                "",
                switch (status) {
                    case VALID -> Badge.Tone.SUCCESS;
                    case EXPIRED -> Badge.Tone.CONTRAST;
                    case REVOKED -> Badge.Tone.ERROR;
                });
        badge.setText(label(badge, status));
        return badge;
    }

    /** The status in the language of {@code reader}. */
    static String label(Component reader, CertificateStatus status) {
        return reader.getTranslation(
                switch (status) {
                    case VALID -> "certificate.status.valid";
                    case EXPIRED -> "certificate.status.expired";
                    case REVOKED -> "certificate.status.revoked";
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-certificates.page-title");
    }
}
