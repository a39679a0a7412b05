package io.lyceum.learning;

import io.lyceum.base.NoSuchItemException;

/**
 * No such answer to mark here: a made-up attempt or question, or one of a course this person does
 * not teach (or of another organization): the same answer for all.
 */
public class AnswerNotFoundException extends NoSuchItemException {

    AnswerNotFoundException(long attemptId, int questionIndex) {
        super("There is no answer " + attemptId + "/" + questionIndex + " to mark here");
    }
}
