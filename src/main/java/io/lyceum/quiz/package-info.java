/** Quizzes: the question bank, question types and their scoring, GIFT import. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: *", "identity", "plugin"})
package io.lyceum.quiz;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
