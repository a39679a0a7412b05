package io.lyceum.demo;

import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.grading.AssignmentForm;
import io.lyceum.grading.AssignmentSettings;
import io.lyceum.grading.Assignments;
import io.lyceum.grading.DeadlineService;
import io.lyceum.grading.LatePolicy;
import io.lyceum.grading.RubricForm;
import io.lyceum.grading.Rubrics;
import io.lyceum.grading.Submissions;
import io.lyceum.learning.CohortForm;
import io.lyceum.learning.CohortService;
import io.lyceum.learning.EnrollmentService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Acme's course to grade: a bootcamp with a cohort, a rubric-graded assignment that one student
 * handed in on time and the other late, and a second assignment due later. Built as the instructor
 * and handed in as each student, through the services the UI uses; runs inside {@link DemoCourses}'
 * tenant context.
 *
 * <p>Submissions are stamped with the clock's now, and nothing public backdates them. So "Build a
 * landing page" was due some 46 hours ago for the course, and the first student has an extension
 * (granted before she handed in): her work is on time, the second student's two days late (20 % off).
 */
@Component
class DemoBootcamp {

    static final String COURSE = "Web Development Bootcamp";
    static final String COHORT = "Spring 2027";
    static final String LANDING_PAGE = "Build a landing page";
    static final String PORTFOLIO = "Portfolio";
    static final String RUBRIC = "Landing page";

    private final CourseService courses;
    private final Rubrics rubrics;
    private final Assignments assignments;
    private final DeadlineService deadlines;
    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final Submissions submissions;
    private final Clock clock;

    DemoBootcamp(
            CourseService courses,
            Rubrics rubrics,
            Assignments assignments,
            DeadlineService deadlines,
            CohortService cohorts,
            EnrollmentService enrollments,
            Submissions submissions,
            Clock clock) {
        this.courses = courses;
        this.rubrics = rubrics;
        this.assignments = assignments;
        this.deadlines = deadlines;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.submissions = submissions;
        this.clock = clock;
    }

    void addTo(DemoData.Created org) {
        Instant now = clock.instant();
        DemoCourses.actAs(org, "instructor@example.com");
        long course = courses.create(new CourseForm(
                        COURSE,
                        "Twelve weeks from your first HTML tag to a portfolio you can show employers.",
                        "Technology",
                        720)
                .withLearningOutcomes("""
                        Structure a page with semantic HTML
                        Lay it out with CSS grid and flexbox, on phones too
                        Make it usable with a keyboard and a screen reader
                        Publish a portfolio of your own work"""));
        courses.addSection(course, "Week 1: HTML and CSS");
        courses.addModule(
                course, ModuleForm.text("Welcome to the bootcamp", """
                # Welcome

                Each week has a lesson to read and work to hand in. Your instructor grades it with a
                rubric, so you know beforehand what counts.""").withPublished(true));
        courses.addModule(course, ModuleForm.text("Semantic HTML", """
                # Semantic HTML

                Use `<header>`, `<nav>`, `<main>` and `<footer>` instead of plain `<div>`s: browsers,
                search engines and screen readers understand the page better.""").withPublished(true));
        long landingPage = courses.addModule(
                course, ModuleForm.assignment(LANDING_PAGE, """
                # Build a landing page

                Build a **one-page** landing page for a product of your choice:

                1. a header with the product's name and a call to action,
                2. three features, side by side on a wide screen and stacked on a phone,
                3. a footer with contact details.

                Hand in a link to the page and a short note, or upload the page as a `.zip`
                (screenshots as PDF, PNG or JPG are welcome too).""").withPublished(true));
        courses.addSection(course, "Week 2: Your portfolio");
        long portfolio =
                courses.addModule(course, ModuleForm.assignment(PORTFOLIO, """
                # Portfolio

                Collect your best work in a portfolio site and hand in its address with a short
                description of each piece.""").withPublished(true));

        long rubric = rubrics.create(
                course,
                new RubricForm(
                        RUBRIC,
                        List.of(
                                criterion(
                                        "Layout",
                                        "Structure and responsiveness",
                                        level("Excellent", "Clear structure, works on phone and desktop", 40),
                                        level("Adequate", "Readable, but breaks on small screens", 25),
                                        level("Needs work", "Elements overlap or are missing", 10)),
                                criterion(
                                        "Accessibility",
                                        "Usable by everyone",
                                        level("Excellent", "Semantic markup, alt texts, good contrast, keyboard", 30),
                                        level("Adequate", "Some alt texts or contrast issues", 18),
                                        level("Needs work", "Hardly usable without a mouse or sight", 6)),
                                criterion(
                                        "Code quality",
                                        "Clean, valid HTML and CSS",
                                        level("Excellent", "Valid, tidy and consistently named", 30),
                                        level("Adequate", "Works, with some duplication", 18),
                                        level("Needs work", "Invalid markup, inline styles everywhere", 6)))));
        // On the hour, 46 to 47 hours ago: work handed in now (or within the hour) is two started days late.
        Instant landingDue = now.minus(Duration.ofHours(46)).truncatedTo(ChronoUnit.HOURS);
        settle(landingPage, landingDue, rubric, LatePolicy.PENALTY, "pdf,png,jpg,zip");
        settle(
                portfolio,
                now.plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.HOURS),
                null,
                LatePolicy.ACCEPT,
                "pdf,zip");
        courses.publish(course);

        long student = org.member("student@example.com").orElseThrow().id();
        long student2 = org.member("student2@example.com").orElseThrow().id();
        var enrolled = new ArrayList<Long>();
        for (long learner : List.of(student, student2)) {
            enrolled.add(enrollments.enroll(learner, course).id());
        }
        LocalDate started = LocalDate.ofInstant(now, org.tenant().timeZone()).minusDays(4);
        long cohort =
                cohorts.create(course, new CohortForm(COHORT, started, """
                                - **Week 1:** HTML and CSS, landing page
                                - **Week 2:** portfolio""")).id();
        cohorts.addMembers(cohort, enrolled);
        long landingAssignment = assignments.settings(landingPage).assignmentId();
        deadlines.grantExtension(
                landingAssignment,
                new DeadlineService.ExtensionForm(
                        null,
                        student,
                        now.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS),
                        "Away at a family wedding; agreed before the due date."));

        DemoCourses.actAs(org, "student@example.com");
        submissions.submit(course, landingPage, """
                My landing page for a bicycle repair shop: https://example.com/zoe/bikes

                The three features stack below 600 px; every image has an alt text.""", null);
        DemoCourses.actAs(org, "student2@example.com");
        submissions.submit(course, landingPage, """
                Landing page for a coffee roastery: https://example.com/sam/coffee

                Sorry it is late, I rewrote the layout with CSS grid.""", null);
    }

    /** An assignment's settings: text and files, 100 points, 60 % to pass; under PENALTY 10 % off per day late. */
    private void settle(long moduleId, Instant dueAt, @Nullable Long rubricId, LatePolicy latePolicy, String types) {
        AssignmentSettings current = assignments.settings(moduleId);
        assignments.update(
                moduleId,
                current.version(),
                new AssignmentForm(
                        true,
                        true,
                        types,
                        current.maxFileMb(),
                        dueAt,
                        new BigDecimal("100"),
                        new BigDecimal("60"),
                        rubricId,
                        latePolicy,
                        BigDecimal.TEN,
                        false,
                        current.resubmissions(),
                        current.completesOnSubmission(),
                        false));
    }

    private static RubricForm.Criterion criterion(String title, String description, RubricForm.Level... levels) {
        return new RubricForm.Criterion(null, title, description, List.of(levels));
    }

    private static RubricForm.Level level(String title, String description, int points) {
        return new RubricForm.Level(null, title, description, BigDecimal.valueOf(points));
    }
}
