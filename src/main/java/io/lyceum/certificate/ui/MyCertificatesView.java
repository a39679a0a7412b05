package io.lyceum.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.Set;

/**
 * A learner's certificates, history included: download, the public verification link, and for a
 * certificate that has expired or expires soon, the way to retake the course and recertify.
 */
@Route(value = "learn/certificates", layout = OrgLayout.class)
@PageTitle("My certificates")
@PermitAll
@PluginView("certificates")
class MyCertificatesView extends Main implements BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

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
        add(new PageHeader("My certificates", "Certificates of the courses you completed, with their history."));
        var mine = certificates.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(
                    "No certificates yet",
                    "Complete a course and its certificate appears here, ready to download and share."));
            return;
        }
        Set<Long> newestPerCourse = new HashSet<>();
        for (CertificateSummary certificate : mine) {
            // Newest first: only a course's newest certificate offers the retake.
            cards.add(card(certificate, newestPerCourse.add(certificate.courseId())));
        }
        add(cards);
    }

    private Card card(CertificateSummary certificate, boolean newest) {
        var card = new Card();
        card.setTitle(new Span(certificate.courseTitle()));
        card.setSubtitle(new Span("No. " + certificate.number()));
        var status = badge(certificate.status());
        String dates = "Completed " + DATE.format(certificate.completedOn())
                + (certificate.expiresOn() == null
                        ? ""
                        : (certificate.status() == CertificateStatus.EXPIRED ? " · expired " : " · valid until ")
                                + DATE.format(certificate.expiresOn()));
        card.add(new Div(status), new Div(new Span(dates)));
        if (certificate.status() != CertificateStatus.REVOKED) {
            var download = new Anchor(certificate.pdfPath(), "Download PDF");
            download.getElement().setAttribute("download", true);
            var verify = new Anchor("/verify/" + certificate.verificationCode(), "Verification page");
            verify.setTarget("_blank");
            card.addToFooter(download, verify);
        }
        var soon = LocalDate.now(TenantContext.require().timeZone()).plusDays(CertificateService.EXPIRING_WITHIN_DAYS);
        if (newest
                && certificate.expiresOn() != null
                && certificate.status() != CertificateStatus.REVOKED
                && !certificate.expiresOn().isAfter(soon)) {
            card.addToFooter(new Button("Retake to recertify", click -> confirmRetake(certificate)));
        }
        return card;
    }

    private void confirmRetake(CertificateSummary certificate) {
        var dialog = new ConfirmDialog(
                "Retake " + certificate.courseTitle() + "?",
                "Your progress in the course starts again from zero. When you complete it, you receive a new"
                        + " certificate; this one stays in your history.",
                "Retake the course",
                confirm -> {
                    try {
                        certificates.retake(certificate.courseId());
                        getUI().ifPresent(ui -> ui.navigate("learn/courses/" + certificate.courseId() + "/play"));
                    } catch (EnrollmentException e) {
                        Toast.error(e.getMessage());
                    }
                });
        dialog.setCancelable(true);
        dialog.open();
    }

    /** The status as a coloured badge: valid green, expired grey, revoked red. */
    static Span badge(CertificateStatus status) {
        var badge = new Span(label(status));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case VALID -> "badge success";
                            case EXPIRED -> "badge contrast";
                            case REVOKED -> "badge error";
                        });
        return badge;
    }

    static String label(CertificateStatus status) {
        return switch (status) {
            case VALID -> "Valid";
            case EXPIRED -> "Expired";
            case REVOKED -> "Revoked";
        };
    }
}
