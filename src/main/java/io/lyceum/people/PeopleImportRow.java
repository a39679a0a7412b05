package io.lyceum.people;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** What one line of a people import did. */
@Entity
@Table(name = "people_import_row")
class PeopleImportRow extends AbstractEntity {

    @Column(name = "import_id", nullable = false)
    private long importId;

    @Column(name = "line", nullable = false)
    private int line;

    @Column(name = "email", nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private PeopleImportReport.Outcome outcome;

    @Column(name = "message", nullable = false)
    private String message;

    @Column(name = "user_id")
    private @Nullable Long userId;

    protected PeopleImportRow() {
        this.email = "";
        this.outcome = PeopleImportReport.Outcome.REFUSED;
        this.message = "";
    }

    PeopleImportRow(long importId, PeopleImportReport.Row row) {
        this.importId = importId;
        this.line = row.line();
        this.email = row.email();
        this.outcome = row.outcome();
        this.message = row.message();
        this.userId = row.userId();
    }

    PeopleImportReport.Row row() {
        return new PeopleImportReport.Row(line, email, outcome, message, userId);
    }
}
