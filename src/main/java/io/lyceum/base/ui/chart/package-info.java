/**
 * Charts drawn on the server as SVG, written by hand: bars and lines, each with a title, a
 * description and a data table beside it for those who cannot see the picture. No script, no
 * chart library.
 */
@NullMarked
@NamedInterface("chart")
package io.lyceum.base.ui.chart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
