package io.lyceum.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The organization's certificate design, wording, colour and logo: one row, defaults until saved. */
@Entity
@Table(name = "certificate_settings")
class CertificateSettings {

    static final int ID = 1;

    @Id
    private int id = ID;

    @Enumerated(EnumType.STRING)
    @Column(name = "design", nullable = false)
    private CertificateDesign design = CertificateDesign.CLASSIC;

    @Column(name = "title", nullable = false)
    @NotBlank(message = "{certificate.title.required}") @Size(max = CertificateWording.TITLE_MAX_LENGTH, message = "{text.too-long}") private String title;

    @Column(name = "intro", nullable = false)
    @NotBlank(message = "{certificate.intro.required}") @Size(max = CertificateWording.INTRO_MAX_LENGTH, message = "{text.too-long}") private String intro;

    @Column(name = "achievement", nullable = false)
    @NotBlank(message = "{certificate.achievement.required}") @Size(max = CertificateWording.ACHIEVEMENT_MAX_LENGTH, message = "{text.too-long}") private String achievement;

    @Column(name = "signature_label", nullable = false)
    @NotBlank(message = "{certificate.signature-label.required}") @Size(max = CertificateWording.SIGNATURE_LABEL_MAX_LENGTH, message = "{text.too-long}") private String signatureLabel;

    @Column(name = "primary_color")
    @Pattern(regexp = CertificateTemplate.COLOUR_PATTERN, message = "{certificate.colour.format}") private @Nullable String primaryColor;

    @Column(name = "logo_file")
    private @Nullable UUID logoFile;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected CertificateSettings() {
        var wording = CertificateWording.defaults();
        this.title = wording.title();
        this.intro = wording.intro();
        this.achievement = wording.achievement();
        this.signatureLabel = wording.signatureLabel();
    }

    static CertificateSettings defaults() {
        return new CertificateSettings();
    }

    CertificateTemplate template() {
        return new CertificateTemplate(
                design, new CertificateWording(title, intro, achievement, signatureLabel), primaryColor, logoFile);
    }

    void apply(CertificateTemplate template, Instant now) {
        this.design = template.design();
        this.title = template.wording().title();
        this.intro = template.wording().intro();
        this.achievement = template.wording().achievement();
        this.signatureLabel = template.wording().signatureLabel();
        this.primaryColor = template.primaryColor();
        this.logoFile = template.logoFile();
        this.updatedAt = now;
    }
}
