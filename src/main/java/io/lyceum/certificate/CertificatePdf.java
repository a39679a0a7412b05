package io.lyceum.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A certificate's PDF as issued; read only for a download. */
@Entity
@Table(name = "certificate_pdf")
class CertificatePdf {

    @Id
    @Column(name = "certificate_id")
    private long certificateId;

    @Column(name = "pdf", nullable = false)
    private byte[] pdf;

    protected CertificatePdf() {
        this.pdf = new byte[0];
    }

    CertificatePdf(long certificateId, byte[] pdf) {
        this.certificateId = certificateId;
        this.pdf = pdf;
    }

    byte[] pdf() {
        return pdf;
    }
}
