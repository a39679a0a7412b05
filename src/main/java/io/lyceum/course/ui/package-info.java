/** Views of the courses plugin. */
@NullMarked
package io.lyceum.course.ui;

import org.jspecify.annotations.NullMarked;
