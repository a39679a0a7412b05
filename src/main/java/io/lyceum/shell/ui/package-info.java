/**
 * Views of the organization shell: the admin and teach home pages, the "plugin not available" page,
 * and the frames of error pages on an organization's host.
 */
@NullMarked
package io.lyceum.shell.ui;

import org.jspecify.annotations.NullMarked;
