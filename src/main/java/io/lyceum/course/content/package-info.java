/** How a module's content is shown (text, video player), the same in the builder's preview and the course player. */
@NullMarked
@NamedInterface("content")
package io.lyceum.course.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
