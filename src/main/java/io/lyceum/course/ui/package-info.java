/** Views of the courses plugin; {@link io.lyceum.course.ui.ModuleContent} is shared with the course player. */
@NullMarked
@NamedInterface("ui")
package io.lyceum.course.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
