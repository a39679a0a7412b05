/** Organizations, plans, self-service sign-up, start-up migrations, demo data and the staff console. */
@NullMarked
package io.lyceum.platform;

import org.jspecify.annotations.NullMarked;
