/** Views of the courses plugin: the course list, the builder, the preview. */
@NullMarked
package io.lyceum.course.ui;

import org.jspecify.annotations.NullMarked;
