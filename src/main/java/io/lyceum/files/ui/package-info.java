/** Vaadin components for the file store, shared by the feature modules' views. */
@NamedInterface("ui")
@NullMarked
package io.lyceum.files.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
