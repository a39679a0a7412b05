package io.lyceum.learning;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** What one line of an import did; the member it created or enrolled, without any invitation token. */
@Entity
@Table(name = "enrollment_import_row")
class EnrollmentImportRow extends AbstractEntity {

    @Column(name = "import_id", nullable = false)
    private long importId;

    @Column(name = "line", nullable = false)
    private int line;

    @Column(name = "email", nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private BulkEnrollmentReport.Outcome outcome;

    @Column(name = "message", nullable = false)
    private String message;

    @Column(name = "user_id")
    private @Nullable Long userId;

    protected EnrollmentImportRow() {
        this.email = "";
        this.outcome = BulkEnrollmentReport.Outcome.REFUSED;
        this.message = "";
    }

    EnrollmentImportRow(long importId, BulkEnrollmentReport.Row row) {
        this.importId = importId;
        this.line = row.line();
        this.email = row.email();
        this.outcome = row.outcome();
        this.message = row.message();
        this.userId = row.userId();
    }

    BulkEnrollmentReport.Row row() {
        return new BulkEnrollmentReport.Row(line, email, outcome, message, null, userId);
    }
}
