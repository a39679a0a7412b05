/**
 * Constraints shared by every module's forms and entities. Their messages are in
 * {@code ValidationMessages.properties}, the bundle that Hibernate Validator and Vaadin's
 * {@code BeanValidationBinder} both read.
 */
@NullMarked
@NamedInterface("validation")
package io.lyceum.base.validation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
