/** Demo content for the demo organizations of a fresh embedded database: a course to take, a certificate to see. */
@NullMarked
package io.lyceum.demo;

import org.jspecify.annotations.NullMarked;
