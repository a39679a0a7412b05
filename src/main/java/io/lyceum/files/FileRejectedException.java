package io.lyceum.files;

import io.lyceum.base.upload.UploadLimits;
import io.lyceum.base.validation.ConstraintMessages;
import java.io.Serializable;
import java.util.Arrays;
import org.springframework.util.unit.DataSize;

/**
 * An upload was refused (type or size); the message says why, for the person uploading. The store
 * refuses on the upload's own request, outside the screen's: the message is worded when read (in
 * {@code ui.access}, in the language of the screen that shows it; English in a log).
 */
public class FileRejectedException extends RuntimeException {

    private final String key;
    private final Serializable[] arguments;

    /** {@code key} in {@code ValidationMessages}; a size among the arguments is written "5 MB". */
    FileRejectedException(String key, Serializable... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    @Override
    public String getMessage() {
        return ConstraintMessages.get(
                key,
                Arrays.stream(arguments)
                        .map(argument -> argument instanceof DataSize size ? UploadLimits.describe(size) : argument)
                        .toArray());
    }
}
