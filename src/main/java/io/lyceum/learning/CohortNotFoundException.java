package io.lyceum.learning;

import io.lyceum.base.NoSuchItemException;

/** No such cohort or group here, or one of a course this person does not teach: the same answer for both. */
public class CohortNotFoundException extends NoSuchItemException {

    CohortNotFoundException(long id) {
        super("There is no cohort or group " + id + " here");
    }
}
