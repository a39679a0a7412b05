package io.lyceum.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.lyceum.base.ui.PageHeader;
import io.lyceum.base.ui.Toast;
import io.lyceum.certificate.CertificateDesign;
import io.lyceum.certificate.CertificateService;
import io.lyceum.certificate.CertificateTemplate;
import io.lyceum.certificate.CertificateWording;
import io.lyceum.files.FileStore;
import io.lyceum.files.ui.ImageUploads;
import io.lyceum.identity.Roles;
import io.lyceum.plugin.PluginView;
import io.lyceum.shell.OrgLayout;
import io.lyceum.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The organization's certificate: design, wording, colour and logo, with a preview on sample data.
 * Saved settings apply to certificates issued from then on; issued ones keep their look.
 */
@Route(value = "admin/certificates/design", layout = OrgLayout.class)
@RolesAllowed(Roles.ADMIN)
@PluginView("certificates")
class CertificateDesignView extends Main implements HasDynamicTitle {

    final RadioButtonGroup<CertificateDesign> design =
            new RadioButtonGroup<>(getTranslation("certificate-design.design"));
    final TextField title = new TextField(getTranslation("certificate-design.wording.title"));
    final TextField intro = new TextField(getTranslation("certificate-design.wording.intro"));
    final TextField achievement = new TextField(getTranslation("certificate-design.wording.achievement"));
    final TextField signatureLabel = new TextField(getTranslation("certificate-design.wording.signature-label"));
    final TextField colour = new TextField(getTranslation("certificate-design.colour"));
    final Image logo = new Image();
    final Button removeLogo = new Button(getTranslation("certificate-design.remove-logo"));
    final Anchor preview = new Anchor();
    final Button save = new Button(getTranslation("certificate-design.save"));
    /** The constraints of the wording and of the template, checked as the service will. */
    final BeanValidationBinder<CertificateWording> wordingRules = new BeanValidationBinder<>(CertificateWording.class);

    final BeanValidationBinder<CertificateTemplate> templateRules =
            new BeanValidationBinder<>(CertificateTemplate.class);
    private @Nullable UUID logoFile;
    private final CertificateService certificates;

    CertificateDesignView(CertificateService certificates, FileStore files, ImageUploads images) {
        this.certificates = certificates;
        addClassName("page");
        design.setItems(CertificateDesign.values());
        design.setItemLabelGenerator(choice -> getTranslation(
                switch (choice) {
                    case CLASSIC -> "certificate-design.design.classic";
                    case MODERN -> "certificate-design.design.modern";
                }));
        title.setMaxLength(CertificateWording.TITLE_MAX_LENGTH);
        intro.setMaxLength(CertificateWording.INTRO_MAX_LENGTH);
        achievement.setMaxLength(CertificateWording.ACHIEVEMENT_MAX_LENGTH);
        signatureLabel.setMaxLength(CertificateWording.SIGNATURE_LABEL_MAX_LENGTH);
        for (TextField field : new TextField[] {title, intro, achievement, signatureLabel}) {
            field.setRequiredIndicatorVisible(true);
        }
        wordingRules.forField(title).bind("title");
        wordingRules.forField(intro).bind("intro");
        wordingRules.forField(achievement).bind("achievement");
        wordingRules.forField(signatureLabel).bind("signatureLabel");
        colour.setPlaceholder("#1f5fa8");
        colour.setHelperText(getTranslation("certificate-design.colour.help"));
        colour.setMaxLength(7);
        templateRules.forField(design).bind("design");
        templateRules.forField(colour).withNullRepresentation("").bind("primaryColor");
        logo.setAlt(getTranslation("certificate-design.logo.alt"));
        logo.setMaxHeight("4rem");
        var upload = images.create(
                getTranslation("certificate-design.logo"),
                getTranslation("certificate-design.logo.types"),
                CertificateService.LOGO_MAX_SIZE,
                id -> {
                    var problem = files.load(id).flatMap(content -> CertificateService.logoProblem(content.data()));
                    if (problem.isPresent()) {
                        Toast.error(problem.get());
                        return;
                    }
                    showLogo(id);
                });
        removeLogo.addClickListener(click -> showLogo(null));

        CertificateTemplate current = certificates.template();
        templateRules.readRecord(current);
        // Lyceum's own wording, never changed: the admin reads (and may keep) it in their language.
        wordingRules.readRecord(current.wording().in(getLocale()));
        showLogo(current.logoFile());

        var tenant = TenantContext.require();
        var locale = getLocale();
        String fixFormFirst = getTranslation("certificate-design.preview.fix-form");
        preview.setText(getTranslation("certificate-design.preview"));
        preview.setTarget("_blank");
        // Built when clicked, from what the form holds now: previewing does not save.
        preview.setHref(DownloadHandler.fromInputStream(event -> TenantContext.callAs(tenant, () -> {
                    var template = form();
                    if (template == null) {
                        return DownloadResponse.error(400, fixFormFirst);
                    }
                    byte[] pdf = certificates.preview(template, locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf), "certificate-preview.pdf", "application/pdf", pdf.length);
                }))
                .inline());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        var form = new FormLayout(
                design, title, intro, achievement, signatureLabel, colour, new Div(logo, removeLogo, upload));
        form.setColspan(design, 2);
        add(
                new PageHeader(getTranslation("certificate-design.title"), getTranslation("certificate-design.lead")),
                form,
                new HorizontalLayout(save, preview));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate-design.page-title");
    }

    private void showLogo(@Nullable UUID fileId) {
        logoFile = fileId;
        logo.setVisible(fileId != null);
        removeLogo.setVisible(fileId != null);
        if (fileId != null) {
            logo.setSrc(FileStore.url(fileId));
        }
    }

    /** The form as a template, or null after marking the fields at fault. */
    @Nullable CertificateTemplate form() {
        boolean valid = wordingRules.validate().isOk();
        valid &= templateRules.validate().isOk();
        if (!valid) {
            return null;
        }
        var wording = new CertificateWording(
                title.getValue(), intro.getValue(), achievement.getValue(), signatureLabel.getValue());
        String chosen = colour.getValue().strip();
        return new CertificateTemplate(design.getValue(), wording, chosen.isEmpty() ? null : chosen, logoFile);
    }

    void save() {
        var template = form();
        if (template == null) {
            return;
        }
        try {
            certificates.saveTemplate(template);
            Toast.success(getTranslation("certificate-design.saved"));
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(violation -> Toast.error(violation.getMessage()));
        } catch (IllegalArgumentException e) {
            Toast.error(e.getMessage());
        }
    }
}
