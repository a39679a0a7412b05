package io.lyceum.platform;

/** Something a plan includes or not, as opposed to a {@link PlanAction}, which it limits by number. */
public enum PlanFeature {
    /** Sending mail from the organization's own domain, signed with DKIM. */
    OWN_SENDER_DOMAIN("sender-domain.plan.not-included");

    private final String deniedMessage;

    PlanFeature(String deniedMessage) {
        this.deniedMessage = deniedMessage;
    }

    /** The key of the refusal in {@code ValidationMessages}, with the plan's name as {0}. */
    String deniedMessage() {
        return deniedMessage;
    }
}
