package io.lyceum.grading;

import io.lyceum.base.NoSuchItemException;

/** No such course, item, learner or category in a gradebook this person may see. */
public class GradebookNotFoundException extends NoSuchItemException {

    GradebookNotFoundException(String what) {
        super("Not found: " + what);
    }
}
