/** The grading plugin's pages: the grading view, the gradebook, rubrics, deadlines, a learner's grades. */
@NullMarked
package io.lyceum.grading.ui;

import org.jspecify.annotations.NullMarked;
