/** Files an organization owns (images, covers, submissions), stored in its own schema and served only on its host. */
@NullMarked
package io.lyceum.files;

import org.jspecify.annotations.NullMarked;
