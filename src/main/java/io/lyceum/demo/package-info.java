/**
 * Demo data for a fresh embedded database, all of it: two organizations with their members, a course
 * to take in each, a completed course and its certificate to see, and a course with submissions to grade.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"course", "grading", "identity", "learning", "platform", "tenancy"})
package io.lyceum.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
