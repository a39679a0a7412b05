/** Files people exchange with spreadsheets: CSV written safely, uploaded text decoded in the encoding it has. */
@NullMarked
@NamedInterface("csv")
package io.lyceum.base.csv;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
