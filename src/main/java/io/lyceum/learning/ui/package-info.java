/** The student side: my learning, catalog, course page and the course player. */
@NullMarked
package io.lyceum.learning.ui;

import org.jspecify.annotations.NullMarked;
