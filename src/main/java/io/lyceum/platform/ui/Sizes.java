package io.lyceum.platform.ui;

import com.vaadin.flow.component.Component;

/** Bytes as people read them (B, KB, MB, GB; 1 KB = 1024 B), in the reader's language. */
public final class Sizes {

    private Sizes() {}

    public static String format(Component where, long bytes) {
        if (bytes < 1024) {
            return where.getTranslation("console.size.b", bytes);
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return where.getTranslation("console.size.kb", kb);
        }
        double mb = kb / 1024;
        if (mb < 1024) {
            return where.getTranslation("console.size.mb", mb);
        }
        return where.getTranslation("console.size.gb", mb / 1024);
    }
}
