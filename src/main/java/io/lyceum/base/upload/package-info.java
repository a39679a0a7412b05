/** Uploads with hard size limits from one configuration ({@code lyceum.uploads.*}), for every feature's views. */
@NullMarked
@NamedInterface("upload")
package io.lyceum.base.upload;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
