package io.lyceum.course;

import io.lyceum.base.markdown.SafeMarkdown;
import io.lyceum.identity.Members;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published courses as students reach them: anyone signed in to the organization may read them.
 * Drafts, archived courses and unpublished modules are invisible here, whatever the id.
 */
@Service
public class CourseCatalog {

    private final CourseRepository courses;
    private final CourseModuleRepository modules;
    private final OutlineReader reader;
    private final Members users;

    CourseCatalog(CourseRepository courses, CourseModuleRepository modules, OutlineReader reader, Members users) {
        this.users = users;
        this.courses = courses;
        this.modules = modules;
        this.reader = reader;
    }

    /** One published course's card in the catalog. */
    public record Entry(
            long id,
            String title,
            String instructor,
            String descriptionText,
            long modules,
            @Nullable Integer estimatedMinutes,
            @Nullable UUID coverFile) {}

    @Transactional(readOnly = true)
    public Page<Entry> published(String text, Pageable pageable) {
        var page = courses.summaries(true, 0, CourseStatus.PUBLISHED, text.strip(), pageable);
        var found = courses.findAllById(page.map(CourseSummary::id).toList()).stream()
                .collect(Collectors.toMap(Course::id, course -> course));
        var owners = users.displayNames(
                found.values().stream().map(Course::ownerId).distinct().toList());
        return page.map(summary -> entry(found.get(summary.id()), owners));
    }

    /** The card of one published course, for its course page; empty for drafts, archived and unknown ids. */
    @Transactional(readOnly = true)
    public Optional<Entry> card(long courseId) {
        return courses.findById(courseId)
                .filter(course -> course.status() == CourseStatus.PUBLISHED)
                .map(course -> entry(course, users.displayNames(List.of(course.ownerId()))));
    }

    private Entry entry(Course course, Map<Long, String> owners) {
        return new Entry(
                course.id(),
                course.title(),
                owners.getOrDefault(course.ownerId(), ""),
                SafeMarkdown.toPlainText(course.description()),
                modules.countByCourseIdAndPublishedTrue(course.id()),
                course.estimatedMinutes(),
                course.coverFile());
    }

    /** A published course as students see it; empty for drafts, archived and unknown ids. */
    @Transactional(readOnly = true)
    public Optional<StudentCourse> course(long courseId) {
        return courses.findById(courseId)
                .filter(course -> course.status() == CourseStatus.PUBLISHED)
                .map(reader::studentView);
    }

    /**
     * What a certificate of the course states: its title, its instructor, the hours and months of
     * validity it grants. Whatever the course's status now: it may have been archived since.
     */
    public record CertificateFacts(
            long courseId,
            String title,
            String instructor,
            @Nullable BigDecimal hours,
            @Nullable Integer validityMonths) {}

    @Transactional(readOnly = true)
    public Optional<CertificateFacts> certificateFacts(long courseId) {
        return courses.findById(courseId).map(course -> {
            var form = course.form();
            String instructor = users.displayNames(List.of(course.ownerId())).getOrDefault(course.ownerId(), "");
            return new CertificateFacts(
                    course.id(), course.title(), instructor, form.certificateHours(), form.certificateValidityMonths());
        });
    }

    /**
     * A module of a course and who teaches the course (its owner and its co-instructors), whatever
     * the status of either: for mail about work handed in there, read with nobody's rights.
     */
    public record ModuleFacts(
            long courseId, String courseTitle, long moduleId, String moduleTitle, Set<Long> teachers) {

        public ModuleFacts {
            teachers = Set.copyOf(teachers);
        }
    }

    @Transactional(readOnly = true)
    public Optional<ModuleFacts> moduleFacts(long courseId, long moduleId) {
        return modules.findById(moduleId)
                .filter(module -> module.courseId() == courseId)
                .flatMap(module -> courses.findById(courseId).map(course -> {
                    var teachers = new HashSet<>(course.coInstructors());
                    teachers.add(course.ownerId());
                    return new ModuleFacts(course.id(), course.title(), module.id(), module.title(), teachers);
                }));
    }

    /** Whether a module is a published module of a published course. */
    @Transactional(readOnly = true)
    public boolean isPublishedModule(long courseId, long moduleId) {
        return modules.findById(moduleId)
                .filter(module -> module.courseId() == courseId && module.published())
                .flatMap(module -> courses.findById(courseId))
                .filter(course -> course.status() == CourseStatus.PUBLISHED)
                .isPresent();
    }

    /** Courses count against the plan until they are archived, drafts included: the plan meter's count. */
    @Transactional(readOnly = true)
    long countedAgainstPlan() {
        return courses.countByStatusNot(CourseStatus.ARCHIVED);
    }
}
