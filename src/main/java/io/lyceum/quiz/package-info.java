/** Quizzes: the question bank, question types and their scoring, GIFT import. */
@NullMarked
package io.lyceum.quiz;

import org.jspecify.annotations.NullMarked;
