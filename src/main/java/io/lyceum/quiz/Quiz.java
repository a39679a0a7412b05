package io.lyceum.quiz;

import io.lyceum.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/** The quiz of one quiz module: its settings and the bank questions it asks, in order. */
@Entity
@Table(name = "quiz")
class Quiz extends AbstractEntity {

    @Column(name = "module_id", nullable = false, unique = true)
    private long moduleId;

    @Column(name = "passing_score", nullable = false)
    @Range(min = 0, max = 100, message = "{quiz.passing-score.range}")
    private int passingScore = QuizSettings.DEFAULT_PASSING_SCORE;

    @Column(name = "attempts_allowed")
    @Range(min = 1, max = QuizSettings.MAX_ATTEMPTS, message = "{quiz.attempts.range}")
    private @Nullable Integer attemptsAllowed;

    @Column(name = "shuffle", nullable = false)
    private boolean shuffle;

    @Column(name = "review", nullable = false)
    @Enumerated(EnumType.STRING)
    @NotNull(message = "{quiz.review.required}") private QuizReview review = QuizReview.DEFAULT;

    @ElementCollection
    @CollectionTable(name = "quiz_question", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id")
    private List<Long> questionIds = new ArrayList<>();

    @Version
    private long version;

    protected Quiz() {}

    Quiz(long moduleId) {
        this.moduleId = moduleId;
    }

    QuizSettings settings() {
        return new QuizSettings(passingScore, attemptsAllowed, shuffle, review);
    }

    void settings(QuizSettings settings) {
        this.passingScore = settings.passingScore();
        this.attemptsAllowed = settings.attemptsAllowed();
        this.shuffle = settings.shuffle();
        this.review = settings.review();
    }

    List<Long> questionIds() {
        return List.copyOf(questionIds);
    }

    void add(long questionId) {
        if (!questionIds.contains(questionId)) {
            questionIds.add(questionId);
        }
    }

    void remove(long questionId) {
        questionIds.remove(questionId);
    }
}
