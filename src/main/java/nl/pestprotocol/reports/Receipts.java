package nl.pestprotocol.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The receipt of a report: a code the reporter can read out and type (no 0/O or 1/I), and a secret
 * of 120 random bits of which only the SHA-256 hash is stored. A plain hash suffices because the
 * secret is random, not chosen by a person; comparisons take the same time whatever matches.
 */
public final class Receipts {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final Pattern CODE = Pattern.compile("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
    static final Pattern SECRET = Pattern.compile("[2-9A-HJ-NP-Z]{24}");
    /** Compared with when the code is unknown, so an unknown code costs as much as a wrong secret. */
    private static final byte[] NO_REPORT = hash("no report has this code");

    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    static String newCode() {
        return random(4) + "-" + random(4) + "-" + random(4);
    }

    static String newSecret() {
        return random(24);
    }

    /** The code as a reporter may type it (lower case, spaces around it); null when it cannot be one. */
    static String normalisedCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(c).matches() ? c : null;
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Whether {@code secret} is the one whose hash is {@code stored}; {@code stored} null (unknown code)
     * never matches but costs the same comparison.
     */
    static boolean matches(byte[] stored, String secret) {
        byte[] given = hash(secret == null ? "" : secret.strip().toUpperCase(Locale.ROOT));
        boolean equal = MessageDigest.isEqual(stored == null ? NO_REPORT : stored, given);
        return stored != null && equal;
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
