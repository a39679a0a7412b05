package io.lyceum.grading;

import io.lyceum.base.validation.ConstraintMessages;
import io.lyceum.course.CourseService;
import io.lyceum.identity.TeachersOnly;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A course's rubrics, reused by its assignments. The course builder's access rule holds (through
 * {@link CourseService}): instructors reach the courses they teach, admins all; anything else is
 * {@link AssignmentNotFoundException}, like an id that does not exist.
 */
@Service
@TeachersOnly
@Validated
public class Rubrics {

    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 8;

    private final RubricRepository rubrics;
    private final CourseService courses;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Rubrics(RubricRepository rubrics, CourseService courses, Clock clock) {
        this.rubrics = rubrics;
        this.courses = courses;
        this.clock = clock;
    }

    /** The course's rubrics by title, a page at a time; {@code text} filters by title. */
    @Transactional(readOnly = true)
    public Page<RubricSummary> list(long courseId, String text, Pageable pageable) {
        courses.details(courseId);
        Page<Rubric> page = text.isBlank()
                ? rubrics.findByCourseIdOrderByTitleAscIdAsc(courseId, pageable)
                : rubrics.findByCourseIdAndTitleContainingIgnoreCaseOrderByTitleAscIdAsc(
                        courseId, text.strip(), pageable);
        return page.map(rubric -> {
            RubricSpec spec = rubric.spec();
            return new RubricSummary(
                    rubric.id(),
                    rubric.title(),
                    spec.criteria().size(),
                    spec.maxPoints(),
                    rubrics.countUses(rubric.id()));
        });
    }

    @Transactional(readOnly = true)
    public RubricDetails rubric(long rubricId) {
        return details(readable(rubricId));
    }

    @Transactional
    public long create(long courseId, @Valid RubricForm form) {
        writableCourse(courseId);
        return rubrics.save(new Rubric(courseId, form.title().strip(), spec(form), clock.instant()))
                .id();
    }

    /** Saves a rubric edited from {@code expectedVersion}; a concurrent edit is refused, not overwritten. */
    @Transactional
    public RubricDetails update(long rubricId, long expectedVersion, @Valid RubricForm form) {
        Rubric rubric = readable(rubricId);
        writableCourse(rubric.courseId());
        if (rubric.version() != expectedVersion) {
            throw conflict();
        }
        rubric.change(form.title().strip(), spec(form));
        try {
            rubrics.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw conflict();
        }
        return details(rubric);
    }

    /** Deletes a rubric; the assignments that graded with it have none afterwards. */
    @Transactional
    public void delete(long rubricId) {
        Rubric rubric = readable(rubricId);
        writableCourse(rubric.courseId());
        rubrics.detach(rubricId);
        rubrics.deleteById(rubricId);
    }

    private Rubric readable(long rubricId) {
        Rubric rubric = rubrics.findById(rubricId).orElseThrow(() -> new AssignmentNotFoundException(rubricId));
        courses.details(rubric.courseId());
        return rubric;
    }

    private void writableCourse(long courseId) {
        courses.readOnlyReason(courseId).ifPresent(reason -> {
            throw new InvalidAssignmentException("", reason);
        });
    }

    private RubricDetails details(Rubric rubric) {
        return new RubricDetails(
                rubric.id(),
                rubric.courseId(),
                rubric.title(),
                rubric.spec(),
                rubric.version(),
                rubrics.countUses(rubric.id()));
    }

    private static AssignmentConflictException conflict() {
        return new AssignmentConflictException(ConstraintMessages.get("rubric.conflict"));
    }

    /** The spec of a form: kept ids stay, new criteria and levels get short random ids unique in the rubric. */
    private RubricSpec spec(RubricForm form) {
        Set<String> taken = new HashSet<>();
        form.criteria().forEach(criterion -> {
            taken.add(criterion.id() == null ? "" : criterion.id());
            criterion.levels().forEach(level -> taken.add(level.id() == null ? "" : level.id()));
        });
        return new RubricSpec(form.criteria().stream()
                .map(criterion -> new RubricSpec.Criterion(
                        idOr(criterion.id(), taken),
                        criterion.title().strip(),
                        criterion.description().strip(),
                        criterion.levels().stream()
                                .map(level -> new RubricSpec.Level(
                                        idOr(level.id(), taken),
                                        level.title().strip(),
                                        level.description().strip(),
                                        level.points() == null ? BigDecimal.ZERO : level.points()))
                                .toList()))
                .toList());
    }

    private String idOr(@Nullable String id, Set<String> taken) {
        if (id != null && !id.isBlank()) {
            return id;
        }
        String fresh;
        do {
            var chars = new char[ID_LENGTH];
            for (int i = 0; i < ID_LENGTH; i++) {
                chars[i] = ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length()));
            }
            fresh = new String(chars);
        } while (!taken.add(fresh));
        return fresh;
    }
}
