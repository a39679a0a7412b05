package io.lyceum.files;

import io.lyceum.identity.LyceumUser;
import java.util.UUID;

/**
 * How a module that shows files says who may read them: the module that owns the object a file
 * belongs to (a course for its cover and pictures, certificate settings for the logo) decides,
 * because only it knows who may see that object. A file nobody's rule allows is served to its
 * uploader only (a picture uploaded but not saved yet).
 */
public interface FileAccessRule {

    /** Whether {@code reader}, a member of the organization in context, may read the file. */
    boolean allows(UUID file, LyceumUser reader);
}
