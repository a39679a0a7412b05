/** Views of the organization shell: the admin and teach home pages, the "plugin not available" page. */
@NullMarked
package io.lyceum.shell.ui;

import org.jspecify.annotations.NullMarked;
