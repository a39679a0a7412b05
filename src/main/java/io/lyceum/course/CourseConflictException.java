package io.lyceum.course;

/** Someone else changed the course since it was loaded; nothing was saved. */
public class CourseConflictException extends RuntimeException {

    CourseConflictException(String message) {
        super(message);
    }
}
