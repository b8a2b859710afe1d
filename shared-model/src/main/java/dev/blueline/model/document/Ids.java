package dev.blueline.model.document;

import java.util.UUID;

/** Object ids are client-generated: short strings of letters, digits and {@code _ - . :}. */
public final class Ids {
    public static final int MAX_LENGTH = 64;

    private Ids() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '.' || c == ':';
            if (!ok) return false;
        }
        return true;
    }

    /** A new random id, for objects created by this client. */
    public static String random() {
        return UUID.randomUUID().toString();
    }
}
