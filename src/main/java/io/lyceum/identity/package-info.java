/** Users of an organization, platform staff, roles, login and session security. */
@NullMarked
package io.lyceum.identity;

import org.jspecify.annotations.NullMarked;
