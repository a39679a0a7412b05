/**
 * The languages of the UI: {@link io.lyceum.base.i18n.Translations} serves every string from
 * resource bundles with ICU plurals. Components read them with {@code getTranslation(key, args)}.
 */
@NullMarked
@NamedInterface("i18n")
package io.lyceum.base.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
