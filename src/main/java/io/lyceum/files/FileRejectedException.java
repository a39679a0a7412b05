package io.lyceum.files;

/** An upload was refused (type or size); the message says why, for the person uploading. */
public class FileRejectedException extends RuntimeException {

    FileRejectedException(String message) {
        super(message);
    }
}
