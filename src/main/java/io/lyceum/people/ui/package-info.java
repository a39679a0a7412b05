/** The admin's people page. */
@NullMarked
package io.lyceum.people.ui;

import org.jspecify.annotations.NullMarked;
