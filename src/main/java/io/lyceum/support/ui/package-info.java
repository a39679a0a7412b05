/** The console's support access page. */
@NullMarked
package io.lyceum.support.ui;

import org.jspecify.annotations.NullMarked;
