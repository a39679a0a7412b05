package io.lyceum.compliance;

import io.lyceum.base.NoSuchItemException;

/** No such required training here (or another organization's): answered as not found. */
public class NoSuchTrainingException extends NoSuchItemException {

    NoSuchTrainingException() {
        super("No such required training");
    }
}
