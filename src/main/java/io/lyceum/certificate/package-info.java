/** The certificates plugin: registration of certificates of completion. */
@NullMarked
package io.lyceum.certificate;

import org.jspecify.annotations.NullMarked;
