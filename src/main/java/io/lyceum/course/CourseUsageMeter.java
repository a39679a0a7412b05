package io.lyceum.course;

import io.lyceum.platform.PlanAction;
import io.lyceum.platform.UsageMeter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Courses count against the plan until they are archived. */
@Component
class CourseUsageMeter implements UsageMeter {

    private final CourseRepository courses;

    CourseUsageMeter(CourseRepository courses) {
        this.courses = courses;
    }

    @Override
    public PlanAction action() {
        return PlanAction.CREATE_COURSE;
    }

    @Override
    @Transactional(readOnly = true)
    public long usage() {
        return courses.countByStatusNot(CourseStatus.ARCHIVED);
    }
}
