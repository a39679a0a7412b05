package io.lyceum.learning;

import io.lyceum.platform.PlanAction;
import io.lyceum.platform.UsageMeter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A student counts against the plan while enrolled in at least one course (withdrawn ones do not). */
@Component
class StudentUsageMeter implements UsageMeter {

    private final EnrollmentRepository enrollments;

    StudentUsageMeter(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public PlanAction action() {
        return PlanAction.ENROLL_STUDENT;
    }

    @Override
    @Transactional(readOnly = true)
    public long usage() {
        return enrollments.countStudentsExcept(EnrollmentStatus.WITHDRAWN);
    }
}
