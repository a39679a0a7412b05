package io.lyceum.grading;

import io.lyceum.base.NoSuchItemException;

/** No such assignment or rubric here, or one of a course this person does not teach: the same answer. */
public class AssignmentNotFoundException extends NoSuchItemException {

    AssignmentNotFoundException(long id) {
        super("There is no assignment or rubric " + id + " here");
    }
}
