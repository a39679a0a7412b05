package io.lyceum.portability;

import java.util.Arrays;

/**
 * An export that cannot be imported; nothing of it was kept. The message is a translation key
 * ({@code import.refused.*}) with its arguments, for the console to say why in the reader's language.
 */
public class ImportRefusedException extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    ImportRefusedException(String key, Object... arguments) {
        super(key + " " + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
