package io.lyceum.notification;

/** Why a message is held. */
enum HoldReason {
    /** Past the shared domain's monthly allowance without a verified sender domain of its own. */
    DOMAIN,
    /** Past the plan's emails per month. */
    PLAN
}
