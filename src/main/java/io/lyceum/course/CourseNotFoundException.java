package io.lyceum.course;

/**
 * No such course here, or one this person may not edit: the same answer for both, so that ids of
 * other people's courses reveal nothing.
 */
public class CourseNotFoundException extends RuntimeException {

    CourseNotFoundException(long id) {
        super("There is no course " + id + " here");
    }
}
