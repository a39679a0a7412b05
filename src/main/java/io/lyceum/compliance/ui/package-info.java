/** The admins' page of required training: assignments, their people and how they stand. */
@NullMarked
package io.lyceum.compliance.ui;

import org.jspecify.annotations.NullMarked;
