/** The admins' data pages (organization export, a member's data) and the console's export and import pages. */
@NullMarked
package io.lyceum.portability.ui;

import org.jspecify.annotations.NullMarked;
