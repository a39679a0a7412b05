package io.lyceum.base.upload;

/** What a file is, told by its first bytes (never by its name or the type a browser claims). */
public final class FileSignature {

    private FileSignature() {}

    /** Whether the data begins with these bytes (given as unsigned values, 0 to 255). */
    public static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
