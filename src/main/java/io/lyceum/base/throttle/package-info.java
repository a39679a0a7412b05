/** Rate limits for what strangers can trigger (sign-in, sign-up, public look-ups), bounded in memory. */
@NullMarked
@NamedInterface("throttle")
package io.lyceum.base.throttle;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
