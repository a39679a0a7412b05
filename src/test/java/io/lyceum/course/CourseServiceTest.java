package io.lyceum.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.Violations;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.quiz.GiftProblem;
import io.lyceum.quiz.QuestionType;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;

@LyceumIntegrationTest
class CourseServiceTest {

    @Autowired
    CourseService courses;

    @Autowired
    QuizModules quizzes;

    @Autowired
    TestOrganizations organizations;

    Tenant org;
    LyceumUser teacher;

    @BeforeEach
    void organizationWithAnInstructor() {
        org = organizations.create("course");
        organizations.addUser(org, "teacher@example.com", "chalk-board-77", Role.INSTRUCTOR);
        organizations.addUser(org, "other@example.com", "chalk-board-88", Role.INSTRUCTOR);
        teacher = organizations.principal(org, "teacher@example.com");
        TenantContext.set(org);
        TestOrganizations.signIn(teacher);
    }

    @AfterEach
    void clear() {
        TenantContext.clear();
        SecurityContextHolder.clearContext();
    }

    private long courseWithModules(int count) {
        long course = courses.create(new CourseForm("Course", "", null, null));
        for (int i = 0; i < count; i++) {
            courses.addModule(course, ModuleForm.text("Module " + i, "Text " + i));
        }
        return course;
    }

    private static List<String> titles(Outline outline) {
        return outline.items().stream().map(OutlineItem::title).toList();
    }

    @Test
    void reorder_stores_the_new_order_and_sections_take_the_modules_below_them() {
        long course = courseWithModules(3);
        long section = courses.addSection(course, "Part two");
        Outline before = courses.outline(course);
        assertThat(titles(before)).containsExactly("Module 0", "Module 1", "Module 2", "Part two");

        var items = before.items();
        var order = List.of(
                items.get(2).ref(),
                items.get(3).ref(),
                items.get(0).ref(),
                items.get(1).ref());
        long version = courses.reorder(course, before.version(), order);

        Outline after = courses.outline(course);
        assertThat(after.version()).isEqualTo(version).isEqualTo(before.version() + 1);
        assertThat(titles(after)).containsExactly("Module 2", "Part two", "Module 0", "Module 1");
        assertThat(after.items().get(2).sectionId()).isEqualTo(section);
        assertThat(after.items().get(0).sectionId()).isNull();
    }

    @Test
    void a_reorder_that_does_not_match_the_stored_outline_changes_nothing() {
        long course = courseWithModules(3);
        long other = courseWithModules(1);
        Outline before = courses.outline(course);
        var foreign = courses.outline(other).items().getFirst().ref();
        var order =
                new ArrayList<>(before.items().stream().map(OutlineItem::ref).toList());
        Collections.reverse(order);
        order.set(0, foreign);

        assertThatThrownBy(() -> courses.reorder(course, before.version(), order))
                .isInstanceOf(CourseConflictException.class);
        assertThat(courses.outline(course)).isEqualTo(before);
        assertThat(titles(courses.outline(other))).containsExactly("Module 0");
    }

    @Test
    void two_instructors_reordering_at_once_one_wins_and_the_other_gets_a_conflict() throws Exception {
        long course = courseWithModules(6);
        Outline before = courses.outline(course);
        var forward = before.items().stream().map(OutlineItem::ref).toList();
        var reversed = new ArrayList<>(forward);
        Collections.reverse(reversed);
        var rotated = new ArrayList<>(forward);
        Collections.rotate(rotated, 2);

        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> results = new ArrayList<>();
            for (var order : List.of(reversed, rotated)) {
                results.add(pool.submit(() -> {
                    TenantContext.set(org);
                    TestOrganizations.signIn(teacher);
                    try {
                        start.await();
                        courses.reorder(course, before.version(), order);
                        return "ok";
                    } catch (CourseConflictException e) {
                        return "conflict";
                    } finally {
                        TenantContext.clear();
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<String>();
            for (var result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "conflict");
            var stored = courses.outline(course);
            var winner = outcomes.getFirst().equals("ok") ? reversed : rotated;
            assertThat(stored.items().stream().map(OutlineItem::ref).toList()).isEqualTo(winner);
            assertThat(stored.version()).isEqualTo(before.version() + 1);
        }
    }

    @Test
    void a_stale_version_is_refused() {
        long course = courseWithModules(2);
        Outline before = courses.outline(course);
        courses.addModule(course, ModuleForm.text("Added meanwhile", ""));
        var order = before.items().stream().map(OutlineItem::ref).toList().reversed();
        assertThatThrownBy(() -> courses.reorder(course, before.version(), order))
                .isInstanceOf(CourseConflictException.class);
    }

    @Test
    void an_instructor_cannot_reach_another_instructors_course() {
        long course = courseWithModules(1);
        TestOrganizations.signIn(organizations.principal(org, "other@example.com"));
        assertThatThrownBy(() -> courses.outline(course)).isInstanceOf(CourseNotFoundException.class);
        assertThatThrownBy(() -> courses.reorder(course, 0, List.of())).isInstanceOf(CourseNotFoundException.class);
        assertThat(courses.list("", null, Pageable.unpaged()).getContent()).isEmpty();
        TestOrganizations.signIn(organizations.principal(org, TestOrganizations.ADMIN_EMAIL));
        assertThat(courses.outline(course).items()).hasSize(1);
    }

    @Test
    void another_organizations_course_id_is_not_found() {
        long course = courseWithModules(1);
        Tenant other = organizations.create("othercourse");
        TenantContext.set(other);
        TestOrganizations.signIn(organizations.principal(other, TestOrganizations.ADMIN_EMAIL));
        assertThatThrownBy(() -> courses.outline(course)).isInstanceOf(CourseNotFoundException.class);
        assertThatThrownBy(() -> courses.preview(course)).isInstanceOf(CourseNotFoundException.class);
        assertThat(courses.list("", null, Pageable.unpaged()).getContent()).isEmpty();
    }

    @Test
    void publishing_needs_a_published_module_and_preview_shows_only_published_ones() {
        long course = courseWithModules(2);
        assertThatThrownBy(() -> courses.publish(course))
                .isInstanceOf(InvalidCourseException.class)
                .hasMessageContaining("at least one module");
        var first = courses.outline(course).items().getFirst();
        courses.setModulePublished(first.id(), true);
        assertThat(courses.publish(course).status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(courses.preview(course).modules())
                .extracting(StudentModule::title)
                .containsExactly("Module 0");
        assertThatThrownBy(() -> courses.setModulePublished(first.id(), false))
                .isInstanceOf(InvalidCourseException.class);
    }

    @Test
    void duplicate_is_a_deep_draft_copy() {
        long course = courseWithModules(2);
        courses.addSection(course, "Later");
        courses.addModule(course, ModuleForm.video("Talk", "https://youtu.be/dQw4w9WgXcQ", 4));
        long quiz = courses.addModule(course, ModuleForm.quiz("Check"));
        quizzes.importGift(quiz, "One? {T}\n\nTwo? {F}\n");
        long copy = courses.duplicate(course);
        var original = courses.outline(course);
        var copied = courses.outline(copy);
        assertThat(copied.title()).isEqualTo("Copy of Course");
        assertThat(copied.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(titles(copied)).isEqualTo(titles(original));
        assertThat(copied.items())
                .extracting(OutlineItem::ref)
                .doesNotContainAnyElementsOf(
                        original.items().stream().map(OutlineItem::ref).toList());
        long copiedQuiz = copied.modules().getLast().id();
        assertThat(quizzes.questions(copiedQuiz)).extracting(q -> q.text()).containsExactly("One?", "Two?");
    }

    @Test
    void enrollment_and_certificate_settings_are_kept_validated_and_copied() {
        long course = courseWithModules(1);
        var details = courses.details(course);
        var form = details.form().withSelfEnrollment(false).withCertificate(new BigDecimal("12.5"), 24);
        courses.update(course, details.version(), form);
        var stored = courses.details(course).form();
        assertThat(stored.selfEnrollment()).isFalse();
        assertThat(stored.certificateHours()).isEqualByComparingTo("12.5");
        assertThat(stored.certificateValidityMonths()).isEqualTo(24);
        assertThat(courses.details(courses.duplicate(course)).form()).satisfies(copy -> {
            assertThat(copy.selfEnrollment()).isFalse();
            assertThat(copy.certificateValidityMonths()).isEqualTo(24);
        });

        long version = courses.details(course).version();
        assertThatThrownBy(() -> courses.update(course, version, form.withCertificate(new BigDecimal("1.25"), null)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.of(e))
                        .containsExactly(entry(
                                "certificateHours", "Enter hours between 0.1 and 10000, with at most one decimal")));
        assertThatThrownBy(() -> courses.update(course, version, form.withCertificate(null, 0)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.of(e))
                        .containsExactly(entry(
                                "certificateValidityMonths",
                                "Enter a validity between 1 and 120 months, or leave it empty")));
        assertThat(courses.details(course).form()).isEqualTo(stored);
    }

    @Test
    void markdown_and_titles_render_inert() {
        long course =
                courses.create(new CourseForm("<script>alert(1)</script>", "[x](javascript:alert(1))", null, null));
        String[] payloads = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=alert(1)>",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>"
        };
        for (String payload : payloads) {
            long module =
                    courses.addModule(course, ModuleForm.text(payload, payload).withPublished(true));
            assertThat(module).isPositive();
        }
        var preview = courses.preview(course);
        assertThat(preview.modules()).hasSize(payloads.length);
        assertInert(preview.descriptionHtml());
        for (StudentModule module : preview.modules()) {
            assertInert(module.html());
        }
    }

    /** Payloads may survive as visible text; what matters is that nothing in the markup can run. */
    private static void assertInert(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script, iframe, svg, math, object, embed, style, form"))
                .as(html)
                .isEmpty();
        for (var element : body.getAllElements()) {
            for (var attribute : element.attributes()) {
                assertThat(attribute.getKey())
                        .as(html)
                        .doesNotStartWithIgnoringCase("on")
                        .isNotEqualTo("style");
                assertThat(attribute.getValue().strip())
                        .as(html)
                        .doesNotStartWithIgnoringCase("javascript:")
                        .doesNotStartWithIgnoringCase("data:")
                        .doesNotStartWithIgnoringCase("vbscript:");
            }
        }
    }

    @Test
    void a_gift_file_imports_its_good_questions_and_reports_each_bad_one_by_line() throws Exception {
        long course = courseWithModules(0);
        long quiz = courses.addModule(course, ModuleForm.quiz("Geography"));
        assertThatThrownBy(() -> courses.setModulePublished(quiz, true))
                .isInstanceOf(InvalidCourseException.class)
                .hasMessageContaining("at least one question");

        String gift;
        try (var in = getClass().getResourceAsStream("/quiz/sample.gift")) {
            gift = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        var report = quizzes.importGift(quiz, gift);

        assertThat(report.imported()).hasSize(10);
        assertThat(report.imported().getLast().type()).isEqualTo(QuestionType.ESSAY);
        assertThat(report.problems()).extracting(GiftProblem::line).containsExactly(29, 31, 33, 35, 37, 39);
        assertThat(quizzes.questions(quiz)).hasSize(10);
        assertThat(quizzes.bank("capital", Pageable.unpaged()).getContent()).isNotEmpty();
        courses.setModulePublished(quiz, true);
        assertThat(courses.preview(course).modules().getFirst().html()).contains("10 questions");
    }

    @Test
    void video_links_outside_the_allowlist_are_refused() {
        long course = courseWithModules(0);
        assertThatThrownBy(
                        () -> courses.addModule(course, ModuleForm.video("Bad", "https://evil.example/v.html", null)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(Violations.of(e)).containsOnlyKeys("videoUrl"));
        assertThat(courses.outline(course).items()).isEmpty();
    }

    @Test
    void the_plans_course_limit_is_enforced_by_the_service_with_the_plans_reason() {
        Tenant free = organizations.create("freecourses", "FREE");
        TenantContext.set(free);
        TestOrganizations.signIn(organizations.principal(free, TestOrganizations.ADMIN_EMAIL));
        for (int i = 0; i < 3; i++) {
            courses.create(new CourseForm("Course " + i, "", null, null));
        }
        assertThat(courses.canCreate().allowed()).isFalse();
        assertThatThrownBy(() -> courses.create(new CourseForm("One too many", "", null, null)))
                .isInstanceOf(PlanLimitException.class)
                .hasMessage("Your Free plan allows 3 courses. Upgrade your plan to add more.");
        // Archiving frees a place; bringing the archived course back needs one again.
        long first = courses.list("Course 0", null, Pageable.unpaged())
                .getContent()
                .getFirst()
                .id();
        courses.archive(first);
        long fourth = courses.create(new CourseForm("Fourth", "", null, null));
        assertThat(fourth).isPositive();
        assertThatThrownBy(() -> courses.unpublish(first)).isInstanceOf(PlanLimitException.class);
    }
}
