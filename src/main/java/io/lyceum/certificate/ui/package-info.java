/** Views of the certificates plugin. */
@NullMarked
package io.lyceum.certificate.ui;

import org.jspecify.annotations.NullMarked;
