package io.lyceum.identity;

import io.lyceum.base.NoSuchItemException;

/** No member of this id in the organization in context (another organization's id is no member here). */
public class NoSuchMemberException extends NoSuchItemException {

    public NoSuchMemberException(long id) {
        super("No member " + id + " here");
    }
}
