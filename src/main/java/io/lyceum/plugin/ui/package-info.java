/** The plugin admin page: install and uninstall the organization's plugins. */
@NullMarked
package io.lyceum.plugin.ui;

import org.jspecify.annotations.NullMarked;
