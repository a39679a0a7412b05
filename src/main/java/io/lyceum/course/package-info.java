/** The courses plugin: registration of the course builder (filled in by the course builder work). */
@NullMarked
package io.lyceum.course;

import org.jspecify.annotations.NullMarked;
