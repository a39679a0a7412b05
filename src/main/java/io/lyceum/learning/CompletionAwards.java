package io.lyceum.learning;

import java.util.Optional;

/**
 * What a completed course earned, offered on My learning: implemented by the certificates plugin,
 * so that learning does not depend on it. Empty when there is nothing (yet) to offer.
 */
public interface CompletionAwards {

    Optional<Award> forEnrollment(long enrollmentId);

    /**
     * A link to the award: the message key of its words (the page shows them in the reader's
     * language, e.g. "Download certificate") and its address (the PDF).
     */
    record Award(String labelKey, String href) {}
}
