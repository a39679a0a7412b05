package io.lyceum.demo;

import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.course.QuizModules;
import io.lyceum.identity.LyceumUser;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.learning.LearningProgress;
import io.lyceum.learning.QuizTaking;
import io.lyceum.quiz.QuestionSpec;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

/**
 * Gives each demo organization a published course built by its instructor (text, video, quiz), and
 * has Acme's first student complete it, so that a new user sees progress and a certificate at once;
 * Acme also gets a course to grade ({@link DemoBootcamp}).
 * Works through the same services, as the same people, as the UI would.
 */
@Component
class DemoCourses {

    private static final String GIFT = """
            ::Exits:: Where do you go when the fire alarm sounds? {
            =To the nearest marked exit
            ~Back to your desk for your laptop
            ~To the lift}

            ::Extinguisher:: A CO2 extinguisher is safe on electrical fires. {T}
            """;

    private final CourseService courses;
    private final QuizModules quizzes;
    private final EnrollmentService enrollments;
    private final LearningProgress progress;
    private final QuizTaking quizTaking;
    private final DemoBootcamp bootcamp;

    DemoCourses(
            CourseService courses,
            QuizModules quizzes,
            EnrollmentService enrollments,
            LearningProgress progress,
            QuizTaking quizTaking,
            DemoBootcamp bootcamp) {
        this.courses = courses;
        this.quizzes = quizzes;
        this.enrollments = enrollments;
        this.progress = progress;
        this.quizTaking = quizTaking;
        this.bootcamp = bootcamp;
    }

    /** Content for one demo organization just created. */
    void addTo(DemoData.Created org) {
        Tenant tenant = org.tenant();
        TenantContext.runAs(tenant, () -> {
            try {
                Built course = buildCourse(org);
                if (tenant.slug().equals("acme")) {
                    complete(org, course);
                    bootcamp.addTo(org);
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private record Built(long course, long text, long video, long quiz) {}

    private Built buildCourse(DemoData.Created org) {
        actAs(org, "instructor@example.com");
        long course = courses.create(new CourseForm(
                        "Workplace Safety Essentials",
                        "Everything a new colleague needs on day one: exits, alarms and extinguishers.",
                        "Compliance",
                        25)
                .withCertificate(new BigDecimal("1.5"), 12)
                .withLearningOutcomes("""
                        Find the two nearest exits from your desk
                        Know what each alarm sound means and what to do
                        Choose the right extinguisher for a fire
                        Report a hazard before it hurts someone"""));
        courses.addSection(course, "Before an emergency");
        long text = courses.addModule(course, ModuleForm.text("Welcome", """
                # Welcome

                This short course takes **25 minutes**. Complete every module to receive your certificate,
                valid for a year.""").withPublished(true));
        long video = courses.addModule(
                course,
                ModuleForm.video("Finding your exits", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", 4)
                        .withPublished(true));
        long quiz = courses.addModule(course, ModuleForm.quiz("Check your knowledge"));
        quizzes.importGift(quiz, GIFT);
        courses.setModulePublished(quiz, true);
        courses.publish(course);
        return new Built(course, text, video, quiz);
    }

    private void complete(DemoData.Created org, Built built) {
        actAs(org, "student@example.com");
        long course = built.course();
        enrollments.enrollSelf(course);
        progress.complete(course, built.text());
        progress.recordWatching(course, built.video(), 240, 240);
        quizTaking.submitQuiz(
                course, built.quiz(), Map.of(0, List.of("To the nearest marked exit"), 1, List.of(QuestionSpec.TRUE)));
    }

    /** Signs in as one of the organization's members, for the services that act as the signed-in user. */
    static void actAs(DemoData.Created org, String email) {
        var member = org.member(email).orElseThrow();
        var user = new LyceumUser(
                org.tenant().slug(), member.id(), member.email(), member.displayName(), member.roles(), false);
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())));
    }
}
