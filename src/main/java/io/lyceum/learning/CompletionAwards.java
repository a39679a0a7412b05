package io.lyceum.learning;

import java.util.Optional;

/**
 * What a completed course earned, offered on My learning: implemented by the certificates plugin,
 * so that learning does not depend on it. Empty when there is nothing (yet) to offer.
 */
public interface CompletionAwards {

    Optional<Award> forEnrollment(long enrollmentId);

    /** A link to the award, e.g. "Download certificate" → the PDF. */
    record Award(String label, String href) {}
}
