package io.lyceum.quiz;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** A question of the organization's bank. Type, text and points are columns for listing; the rest is JSON. */
@Entity
@Table(name = "question")
class Question extends AbstractEntity {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private QuestionType type;

    @Column(name = "title")
    private @Nullable String title;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "spec", nullable = false)
    private String spec;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Question() {
        this.type = QuestionType.SINGLE_CHOICE;
        this.text = "";
        this.spec = "{}";
        this.createdAt = Instant.EPOCH;
    }

    Question(QuestionSpec spec, Instant createdAt) {
        this.type = spec.type();
        this.title = spec.title();
        this.text = spec.text();
        this.points = spec.points();
        this.spec = JSON.writeValueAsString(spec);
        this.createdAt = createdAt;
    }

    QuestionSpec spec() {
        return JSON.readValue(spec, QuestionSpec.class);
    }

    BankQuestion summary() {
        return new BankQuestion(id(), type, title, text, points);
    }
}
