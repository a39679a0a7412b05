/** Rendering user-written Markdown to HTML that is safe to show, for every module that displays it. */
@NullMarked
@NamedInterface("markdown")
package io.lyceum.base.markdown;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
