package io.lyceum.quiz;

/** The kinds of question. All but {@link #ESSAY} are scored on submission; an essay is marked by a person. */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    SHORT_ANSWER,
    NUMERIC,
    /** A written answer with no answer key: a person marks it. */
    ESSAY
}
