package io.lyceum.quiz;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.TeachersOnly;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Quizzes and the question bank of the organization in context. A quiz belongs to a course module;
 * the course module checks who may edit that module before it calls in here.
 */
@Service
@Validated
public class QuizService {

    public static final int GIFT_MAX_LENGTH = 500_000;

    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final Clock clock;

    QuizService(QuizRepository quizzes, QuestionRepository questions, Clock clock) {
        this.quizzes = quizzes;
        this.questions = questions;
        this.clock = clock;
    }

    /** Reading is open to every member: students take quizzes. */
    @Transactional(readOnly = true)
    public QuizSettings settings(long moduleId) {
        return quizzes.findByModuleId(moduleId).map(Quiz::settings).orElse(QuizSettings.DEFAULTS);
    }

    @Transactional
    @TeachersOnly
    public QuizSettings updateSettings(long moduleId, @Valid QuizSettings settings) {
        Quiz quiz = quiz(moduleId);
        quiz.settings(settings);
        return quiz.settings();
    }

    /** The quiz's questions in order. */
    @Transactional(readOnly = true)
    public List<BankQuestion> questions(long moduleId) {
        List<Long> ids = quizzes.findByModuleId(moduleId).map(Quiz::questionIds).orElse(List.of());
        Map<Long, BankQuestion> found = questions.findAllById(ids).stream()
                .map(Question::summary)
                .collect(Collectors.toMap(BankQuestion::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    @TeachersOnly
    public Page<BankQuestion> bank(String text, Pageable pageable) {
        return questions.search(text.strip(), pageable).map(Question::summary);
    }

    @Transactional
    @TeachersOnly
    public void addFromBank(long moduleId, List<Long> questionIds) {
        Quiz quiz = quiz(moduleId);
        questions.findAllById(questionIds).forEach(question -> quiz.add(question.id()));
    }

    @Transactional
    @TeachersOnly
    public void remove(long moduleId, long questionId) {
        quiz(moduleId).remove(questionId);
    }

    /**
     * Imports GIFT text into the bank and adds the imported questions to the module's quiz. Broken
     * questions are reported by line; every good one is imported all the same.
     */
    @Transactional
    @TeachersOnly
    public GiftReport importGift(long moduleId, String gift) {
        if (gift.length() > GIFT_MAX_LENGTH) {
            return new GiftReport(
                    List.of(),
                    List.of(new GiftProblem(
                            1, ConstraintMessages.get("gift.too-long", String.valueOf(GIFT_MAX_LENGTH)))));
        }
        GiftImport parsed = GiftParser.parse(gift);
        Quiz quiz = quiz(moduleId);
        var imported = new ArrayList<BankQuestion>();
        for (ImportedQuestion question : parsed.questions()) {
            Question saved = questions.save(new Question(question.question(), clock.instant()));
            quiz.add(saved.id());
            imported.add(saved.summary());
        }
        return new GiftReport(imported, parsed.problems());
    }

    /** Gives another module the same settings and questions (for a duplicated course). */
    @Transactional
    @TeachersOnly
    public void copy(long fromModuleId, long toModuleId) {
        Quiz from = quiz(fromModuleId);
        Quiz to = quiz(toModuleId);
        to.settings(from.settings());
        from.questionIds().forEach(to::add);
    }

    /** Adds a question written in the editor to the bank and to the module's quiz. */
    @Transactional
    @TeachersOnly
    public BankQuestion createQuestion(long moduleId, QuestionSpec spec) {
        Question saved = questions.save(new Question(spec, clock.instant()));
        quiz(moduleId).add(saved.id());
        return saved.summary();
    }

    /** The full questions of a quiz, answers included: for grading, never for display to students. */
    @Transactional(readOnly = true)
    public List<QuestionSpec> specs(long moduleId) {
        List<Long> ids = quizzes.findByModuleId(moduleId).map(Quiz::questionIds).orElse(List.of());
        Map<Long, Question> found =
                questions.findAllById(ids).stream().collect(Collectors.toMap(Question::id, Function.identity()));
        return ids.stream()
                .map(found::get)
                .filter(Objects::nonNull)
                .map(Question::spec)
                .toList();
    }

    private Quiz quiz(long moduleId) {
        return quizzes.findByModuleId(moduleId).orElseGet(() -> quizzes.save(new Quiz(moduleId)));
    }
}
