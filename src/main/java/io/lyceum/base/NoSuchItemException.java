package io.lyceum.base;

/**
 * No such thing here: an id that does not exist, belongs to another organization, or is not this
 * person's to see. One answer for all three, so that an id reveals nothing about what exists
 * elsewhere; a page that meets one answers "not found" (404), like an unknown address.
 */
public class NoSuchItemException extends RuntimeException {

    protected NoSuchItemException(String message) {
        super(message);
    }
}
