package io.lyceum.grading;

import java.math.BigDecimal;

/** A category of a course's gradebook: its weight in percent and how many of its lowest grades are dropped. */
public record GradebookCategory(long id, String name, BigDecimal weight, int dropLowest, long version) {}
