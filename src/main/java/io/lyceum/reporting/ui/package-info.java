/** The reports page with its charts, and the lists of the people behind a figure. */
@NullMarked
package io.lyceum.reporting.ui;

import org.jspecify.annotations.NullMarked;
