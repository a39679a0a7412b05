/** Learning: enrollment, module completion and exact course progress, the course.completed event. */
@NullMarked
package io.lyceum.learning;

import org.jspecify.annotations.NullMarked;
