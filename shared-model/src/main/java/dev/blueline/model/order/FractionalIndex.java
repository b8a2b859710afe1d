package dev.blueline.model.order;

import java.util.ArrayList;
import java.util.List;

/**
 * Order keys for siblings: strings that sort in the order the designer arranged things, so an
 * insert anywhere writes one key and never renumbers anyone else's objects.
 *
 * <p>A key is an integer part followed by an optional fraction, all in base-62 digits that sort
 * like their ASCII codes ({@code 0-9 A-Z a-z}). The integer part starts with a head letter that
 * says how many digits follow: {@code a}..{@code z} for 1..26 digits on the positive side,
 * {@code Z}..{@code A} for 1..26 digits on the negative side. Appending or prepending steps the
 * integer, so a thousand appends stay 3 characters long; inserting between two neighbours
 * takes the midpoint of their fractions. A fraction never ends in {@code 0}, so every position
 * has exactly one spelling and a key strictly between any two different keys always exists.
 *
 * <p>Two clients inserting at the same place at the same time get the same key; siblings are
 * sorted by (order, id), so the result is still the same everywhere.
 */
public final class FractionalIndex {

    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final int BASE = DIGITS.length();
    /** Longer keys are refused by validation; a client that gets near it should re-space the siblings. */
    public static final int MAX_LENGTH = 1000;

    private static final String FIRST = "a0";
    /** The smallest integer part; nothing can be placed before it without a fraction. */
    private static final String SMALLEST_INT = "A" + "0".repeat(26);

    private FractionalIndex() {
    }

    /** The key for the first object in an empty list. */
    public static String first() {
        return FIRST;
    }

    /** A key after {@code key}. */
    public static String after(String key) {
        return between(key, null);
    }

    /** A key before {@code key}. */
    public static String before(String key) {
        return between(null, key);
    }

    /**
     * A key strictly between {@code lo} and {@code hi}. Either may be null for an open end.
     *
     * @throws IllegalArgumentException when a key is invalid, {@code lo >= hi}, nothing sorts before
     *                                  {@code hi}, or the key would be longer than {@link #MAX_LENGTH}
     *                                  (re-space the siblings with {@link #spread})
     */
    public static String between(String lo, String hi) {
        String key = keyBetween(lo, hi);
        if (key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("no order key of at most " + MAX_LENGTH + " characters fits between "
                    + clip(lo) + " and " + clip(hi) + "; re-space the siblings");
        }
        return key;
    }

    private static String keyBetween(String lo, String hi) {
        if (lo != null) requireValid(lo);
        if (hi != null) requireValid(hi);
        if (lo != null && hi != null && lo.compareTo(hi) >= 0) {
            throw new IllegalArgumentException("order keys out of order: " + clip(lo) + " >= " + clip(hi));
        }
        if (lo == null && hi == null) return FIRST;
        if (lo == null) {
            String intHi = integerPart(hi);
            String fracHi = hi.substring(intHi.length());
            if (!intHi.equals(SMALLEST_INT)) return decrement(intHi);
            if (fracHi.isEmpty()) throw new IllegalArgumentException("nothing sorts before the smallest order key " + hi);
            return intHi + midpoint("", fracHi);
        }
        String intLo = integerPart(lo);
        String fracLo = lo.substring(intLo.length());
        if (hi == null) {
            String next = increment(intLo);
            return next != null ? next : intLo + midpoint(fracLo, null);
        }
        String intHi = integerPart(hi);
        if (intLo.equals(intHi)) {
            return intLo + midpoint(fracLo, hi.substring(intHi.length()));
        }
        String next = increment(intLo);
        if (next != null && next.compareTo(hi) < 0) return next;
        return intLo + midpoint(fracLo, null);
    }

    /** {@code n} keys in ascending order, all strictly between {@code lo} and {@code hi}, kept short by bisecting. */
    public static List<String> spread(String lo, String hi, int n) {
        List<String> out = new ArrayList<>(Math.max(n, 0));
        spreadInto(lo, hi, n, out);
        return out;
    }

    private static void spreadInto(String lo, String hi, int n, List<String> out) {
        if (n <= 0) return;
        if (hi == null && lo != null && n > 1) {
            // appending many: step the integer part rather than bisecting towards infinity
            String k = lo;
            for (int i = 0; i < n; i++) {
                k = after(k);
                out.add(k);
            }
            return;
        }
        String mid = between(lo, hi);
        int left = (n - 1) / 2;
        spreadInto(lo, mid, left, out);
        out.add(mid);
        spreadInto(mid, hi, n - 1 - left, out);
    }

    /** True when {@code key} is a well-formed order key. */
    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) return false;
        int intLength = intLength(key.charAt(0));
        if (intLength < 0 || key.length() < intLength) return false;
        for (int i = 1; i < key.length(); i++) {
            if (DIGITS.indexOf(key.charAt(i)) < 0) return false;
        }
        if (key.length() > intLength && key.charAt(key.length() - 1) == '0') return false;
        return true;
    }

    private static void requireValid(String key) {
        if (!isValid(key)) throw new IllegalArgumentException("invalid order key " + clip(key) + ": " + problem(key));
    }

    /** Why {@code key} is not valid (only called when it is not). */
    private static String problem(String key) {
        if (key.isEmpty()) return "it is empty";
        if (key.length() > MAX_LENGTH) return "it is " + key.length() + " characters, the limit is " + MAX_LENGTH;
        int intLength = intLength(key.charAt(0));
        if (intLength < 0) return "it must start with a letter A-Z or a-z";
        if (key.length() < intLength) return "'" + key.charAt(0) + "' needs " + (intLength - 1) + " digits after it";
        for (int i = 1; i < key.length(); i++) {
            if (DIGITS.indexOf(key.charAt(i)) < 0) return "'" + key.charAt(i) + "' at " + i + " is not a digit 0-9, A-Z or a-z";
        }
        return "its fraction must not end in 0";
    }

    private static String clip(String key) {
        if (key == null) return "(none)";
        return key.length() > 60 ? key.substring(0, 60) + "… (" + key.length() + " characters)" : key;
    }

    /** Length of the integer part (head included) for a head character, or -1. */
    private static int intLength(char head) {
        if (head >= 'a' && head <= 'z') return head - 'a' + 2;
        if (head >= 'A' && head <= 'Z') return 'Z' - head + 2;
        return -1;
    }

    private static String integerPart(String key) {
        return key.substring(0, intLength(key.charAt(0)));
    }

    /** The next integer part, or null past the largest one. */
    private static String increment(String intPart) {
        char head = intPart.charAt(0);
        char[] digits = intPart.substring(1).toCharArray();
        for (int i = digits.length - 1; i >= 0; i--) {
            int d = DIGITS.indexOf(digits[i]);
            if (d < BASE - 1) {
                digits[i] = DIGITS.charAt(d + 1);
                return head + new String(digits);
            }
            digits[i] = '0';
        }
        // every digit rolled over: move to the next head
        if (head == 'Z') return "a0";
        if (head == 'z') return null;
        char nextHead = (char) (head + 1);
        int length = intLength(nextHead) - 1;
        return nextHead + "0".repeat(length);
    }

    /** The previous integer part, or null before the smallest one. */
    private static String decrement(String intPart) {
        char head = intPart.charAt(0);
        char[] digits = intPart.substring(1).toCharArray();
        for (int i = digits.length - 1; i >= 0; i--) {
            int d = DIGITS.indexOf(digits[i]);
            if (d > 0) {
                digits[i] = DIGITS.charAt(d - 1);
                return head + new String(digits);
            }
            digits[i] = 'z';
        }
        if (head == 'a') return "Zz";
        if (head == 'A') return null;
        char prevHead = (char) (head - 1);
        int length = intLength(prevHead) - 1;
        return prevHead + "z".repeat(length);
    }

    /**
     * A fraction strictly between {@code lo} and {@code hi} (null: 1), both without trailing zeros,
     * {@code lo < hi}.
     */
    static String midpoint(String lo, String hi) {
        if (hi != null) {
            int n = 0;
            while (n < hi.length() && (n < lo.length() ? lo.charAt(n) : '0') == hi.charAt(n)) n++;
            if (n > 0) {
                return hi.substring(0, n) + midpoint(n < lo.length() ? lo.substring(n) : "", hi.substring(n));
            }
        }
        int dLo = lo.isEmpty() ? 0 : DIGITS.indexOf(lo.charAt(0));
        int dHi = hi == null ? BASE : DIGITS.indexOf(hi.charAt(0));
        if (dHi - dLo > 1) {
            return String.valueOf(DIGITS.charAt((dLo + dHi) / 2));
        }
        if (hi != null && hi.length() > 1) {
            return hi.substring(0, 1);
        }
        return DIGITS.charAt(dLo) + midpoint(lo.isEmpty() ? "" : lo.substring(1), null);
    }
}
