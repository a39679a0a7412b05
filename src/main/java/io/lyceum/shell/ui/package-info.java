/** Views of the organization shell: admin, teach and learn home pages and the plugin admin page. */
@NullMarked
package io.lyceum.shell.ui;

import org.jspecify.annotations.NullMarked;
