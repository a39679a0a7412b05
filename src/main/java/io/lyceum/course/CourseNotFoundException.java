package io.lyceum.course;

import io.lyceum.base.NoSuchItemException;

/**
 * No such course here, or one this person may not edit: the same answer for both, so that ids of
 * other people's courses reveal nothing. A page that meets it shows "not found" (404).
 */
public class CourseNotFoundException extends NoSuchItemException {

    CourseNotFoundException(long id) {
        super("There is no course " + id + " here");
    }
}
