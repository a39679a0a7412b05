package io.lyceum;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.course.CourseForm;
import io.lyceum.course.CourseService;
import io.lyceum.course.ModuleForm;
import io.lyceum.identity.LyceumUser;
import io.lyceum.identity.Role;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.people.PeopleService;
import io.lyceum.platform.PlanLimitException;
import io.lyceum.tenancy.Tenant;
import io.lyceum.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two admins (or two imports) at the plan's limit never both get the last place: the check and
 * the write are one, per organization. Ten callers race for one place; exactly one gets it.
 */
@LyceumIntegrationTest
class PlanLimitRaceTest {

    private static final int CALLERS = 10;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    PeopleService people;

    private final ExecutorService pool = Executors.newFixedThreadPool(CALLERS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
        TenantContext.clear();
    }

    /** Outcome of CALLERS simultaneous attempts, each on its own thread as its own request would be. */
    private record Race(int succeeded, int refusedByPlan, List<Throwable> otherFailures) {}

    private Race race(Tenant org, LyceumUser caller, IntFunction<Object> attempt) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            int index = i;
            Callable<Object> work = () -> {
                TestOrganizations.signIn(caller);
                try {
                    start.await();
                    return TenantContext.callAs(org, () -> attempt.apply(index));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(work));
        }
        start.countDown();
        int succeeded = 0;
        int refused = 0;
        List<Throwable> other = new ArrayList<>();
        for (Future<Object> result : results) {
            try {
                result.get(60, TimeUnit.SECONDS);
                succeeded++;
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof PlanLimitException) {
                    refused++;
                } else {
                    other.add(e.getCause());
                }
            }
        }
        return new Race(succeeded, refused, other);
    }

    @Test
    void ten_course_creations_with_room_for_one_create_exactly_one() throws Exception {
        Tenant free = organizations.create("racecourses", "FREE"); // 3 courses
        LyceumUser admin = organizations.principal(free, TestOrganizations.ADMIN_EMAIL);
        TestOrganizations.signIn(admin);
        TenantContext.runAs(free, () -> {
            courses.create(new CourseForm("First", "", null, null));
            courses.create(new CourseForm("Second", "", null, null));
        });

        Race race = race(free, admin, i -> courses.create(new CourseForm("Racer " + i, "", null, null)));

        assertThat(race.otherFailures()).isEmpty();
        assertThat(race.succeeded()).isEqualTo(1);
        assertThat(race.refusedByPlan()).isEqualTo(CALLERS - 1);
        TestOrganizations.signIn(admin);
        assertThat(TenantContext.callAs(
                        free, () -> courses.list("", null, Pageable.unpaged()).getTotalElements()))
                .isEqualTo(3);
    }

    @Test
    void ten_instructor_invitations_with_room_for_one_invite_exactly_one() throws Exception {
        Tenant free = organizations.create("raceinstructors", "FREE"); // 1 instructor
        LyceumUser admin = organizations.principal(free, TestOrganizations.ADMIN_EMAIL);

        Race race =
                race(free, admin, i -> people.invite("Teacher " + i, "teacher" + i + "@example.com", Role.INSTRUCTOR));

        assertThat(race.otherFailures()).isEmpty();
        assertThat(race.succeeded()).isEqualTo(1);
        assertThat(race.refusedByPlan()).isEqualTo(CALLERS - 1);
        TestOrganizations.signIn(admin);
        assertThat(TenantContext.callAs(free, () -> people.canAddInstructor().allowed()))
                .isFalse();
    }

    @Test
    void ten_new_students_enrolled_at_once_with_room_for_one_enroll_exactly_one() throws Exception {
        Tenant free = organizations.create("racestudents", "FREE"); // 50 students
        LyceumUser admin = organizations.principal(free, TestOrganizations.ADMIN_EMAIL);
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < 49 + CALLERS; i++) {
            organizations.addUser(free, "student" + i + "@example.com", "study-hard-42", Role.STUDENT);
            students.add(organizations
                    .principal(free, "student" + i + "@example.com")
                    .id());
        }
        TestOrganizations.signIn(admin);
        long course = TenantContext.callAs(free, () -> {
            long id = courses.create(new CourseForm("Crowded", "", null, null));
            courses.addModule(id, ModuleForm.text("Only", "One.").withPublished(true));
            courses.publish(id);
            for (int i = 0; i < 49; i++) {
                enrollments.enroll(students.get(i), id);
            }
            return id;
        });

        Race race = race(free, admin, i -> enrollments.enroll(students.get(49 + i), course));

        assertThat(race.otherFailures()).isEmpty();
        assertThat(race.succeeded()).isEqualTo(1);
        assertThat(race.refusedByPlan()).isEqualTo(CALLERS - 1);
        TestOrganizations.signIn(admin);
        assertThat(TenantContext.callAs(free, () -> enrollments.count(course))).isEqualTo(50);
    }
}
