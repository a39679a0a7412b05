/** The organization's application shell: layout, role-aware navigation and core pages. */
@NullMarked
package io.lyceum.shell;

import org.jspecify.annotations.NullMarked;
