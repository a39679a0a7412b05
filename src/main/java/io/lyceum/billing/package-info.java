/**
 * What organizations pay, through Stripe: Checkout for upgrades, the Customer Portal for payment
 * methods and invoices, and webhooks that move an organization onto the plan its subscription pays
 * for. With no Stripe keys configured billing is off and staff assign plans in the console.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"base", "base :: *", "identity", "platform", "platform :: console", "shell", "tenancy"})
package io.lyceum.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
