/** The console's organization page and platform health page. */
@NullMarked
package io.lyceum.console.ui;

import org.jspecify.annotations.NullMarked;
