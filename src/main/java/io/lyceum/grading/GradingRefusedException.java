package io.lyceum.grading;

/** A grade that cannot be saved or released as asked (points out of range, no reason); nothing was written. */
public class GradingRefusedException extends RuntimeException {

    GradingRefusedException(String message) {
        super(message);
    }
}
