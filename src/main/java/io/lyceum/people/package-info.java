/** The organization's people as its admins manage them: members, roles, invitations within the plan's limits. */
@NullMarked
package io.lyceum.people;

import org.jspecify.annotations.NullMarked;
