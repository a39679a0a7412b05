/** Small reusable Vaadin components (empty states, page headers). */
@NullMarked
package io.lyceum.base.ui;

import org.jspecify.annotations.NullMarked;
