package io.lyceum.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.lyceum.LyceumIntegrationTest;
import io.lyceum.TestOrganizations;
import io.lyceum.course.CourseService;
import io.lyceum.learning.EnrollmentService;
import io.lyceum.tenancy.TenantContext;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@LyceumIntegrationTest
class GradeHistoryTest {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    CourseService courses;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GradeHistory history;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void every_change_of_a_cell_is_kept_newest_first_and_in_the_audit_log_but_a_change_to_the_same_value_is_not() {
        var fixtures = new GradingFixtures(organizations, courses, enrollments, jdbc);
        var classroom = fixtures.classroom("history", 1);
        long student = classroom.student(0).id();
        TenantContext.runAs(classroom.org(), () -> {
            TestOrganizations.signIn(classroom.instructor());
            transactions.executeWithoutResult(status -> {
                history.record(
                        classroom.courseId(),
                        classroom.moduleId(),
                        student,
                        null,
                        new BigDecimal("80"),
                        "",
                        GradeChange.Source.GRADING);
                history.record(
                        classroom.courseId(),
                        classroom.moduleId(),
                        student,
                        new BigDecimal("80"),
                        new BigDecimal("80.00"),
                        "no change",
                        GradeChange.Source.GRADEBOOK);
                history.record(
                        classroom.courseId(),
                        classroom.moduleId(),
                        student,
                        new BigDecimal("80"),
                        new BigDecimal("90"),
                        "re-marked after appeal",
                        GradeChange.Source.GRADEBOOK);
            });
            var entries = transactions.execute(status -> history.of(classroom.moduleId(), student));
            assertThat(entries)
                    .extracting(GradeHistory.Entry::newValue)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("90"), new BigDecimal("80"));
            assertThat(entries.getFirst().reason()).isEqualTo("re-marked after appeal");
            assertThat(entries.getFirst().changedBy())
                    .isEqualTo(classroom.instructor().id());
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from " + classroom.org().schema() + ".audit_event where action = ?",
                        Integer.class,
                        GradeHistory.AUDIT_ACTION))
                .isEqualTo(2);
    }
}
