package io.lyceum.course;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.identity.TeachersOnly;
import io.lyceum.quiz.BankQuestion;
import io.lyceum.quiz.GiftReport;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.quiz.QuizService;
import io.lyceum.quiz.QuizSettings;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The quizzes of the builder's quiz modules: the builder's access rule is checked here, the quiz
 * module keeps the questions and settings.
 */
@Service
@TeachersOnly
@Validated
public class QuizModules {

    private final CourseAccess access;
    private final CourseService courses;
    private final QuizService quizzes;

    QuizModules(CourseAccess access, CourseService courses, QuizService quizzes) {
        this.access = access;
        this.courses = courses;
        this.quizzes = quizzes;
    }

    @Transactional(readOnly = true)
    public QuizSettings settings(long moduleId) {
        return quizzes.settings(access.editableQuiz(moduleId).id());
    }

    @Transactional(readOnly = true)
    public List<BankQuestion> questions(long moduleId) {
        return quizzes.questions(access.editableQuiz(moduleId).id());
    }

    @Transactional
    public GiftReport importGift(long moduleId, String gift) {
        return quizzes.importGift(access.writableQuiz(moduleId).id(), gift);
    }

    /** The organization's question bank, to add questions from. */
    @Transactional(readOnly = true)
    public Page<BankQuestion> bank(String text, Pageable pageable) {
        return quizzes.bank(text, pageable);
    }

    @Transactional
    public BankQuestion createQuestion(long moduleId, QuestionSpec spec) {
        return quizzes.createQuestion(access.writableQuiz(moduleId).id(), spec);
    }

    @Transactional
    public void addFromBank(long moduleId, List<Long> questionIds) {
        quizzes.addFromBank(access.writableQuiz(moduleId).id(), questionIds);
    }

    /** Takes a question out of the quiz; a published quiz keeps at least one. */
    @Transactional
    public void remove(long moduleId, long questionId) {
        CourseModule module = access.writableQuiz(moduleId);
        if (module.published() && quizzes.questions(moduleId).size() <= 1) {
            throw new InvalidCourseException("", ConstraintMessages.get("quiz.remove.last-question"));
        }
        quizzes.remove(module.id(), questionId);
    }

    /** Saves a quiz module's own fields and its quiz settings together. */
    @Transactional
    public ModuleEdit save(long moduleId, long expectedVersion, @Valid ModuleForm form, @Valid QuizSettings settings) {
        access.writableQuiz(moduleId);
        ModuleEdit saved = courses.updateModule(moduleId, expectedVersion, form);
        quizzes.updateSettings(moduleId, settings);
        return saved;
    }
}
