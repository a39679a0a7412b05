package io.lyceum.grading;

import io.lyceum.base.NoSuchItemException;

/** No such submission or assignment in a course this instructor teaches (another org's id, a made-up one). */
public class SubmissionNotFoundException extends NoSuchItemException {

    SubmissionNotFoundException(String what) {
        super("Not found: " + what);
    }
}
