/** Small reusable Vaadin components (empty states, page headers), open to every feature's views. */
@NullMarked
@NamedInterface("ui")
package io.lyceum.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
