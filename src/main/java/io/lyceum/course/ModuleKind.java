package io.lyceum.course;

public enum ModuleKind {
    TEXT,
    VIDEO,
    QUIZ,
    ASSIGNMENT
}
