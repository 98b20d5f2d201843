package org.changetalk.account;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2-HMAC-SHA256 from the JDK, 600,000 iterations (OWASP's 2023 figure), 16-byte random salt, 32-byte
 * hash. Deliberately slow (a few hundred milliseconds): only sign-in and account creation pay it.
 */
public final class Passwords {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    /** The least cost accepted even in tests: a hash is still a real PBKDF2 hash. */
    public static final int MIN_ITERATIONS = 1_000;
    public static final int MIN_LENGTH = 10;
    /** PBKDF2 hashes the whole password on every iteration: cap it so a huge one cannot tie up a core. */
    public static final int MAX_LENGTH = 200;

    private final SecureRandom random;
    private final int iterations;

    public Passwords(SecureRandom random) {
        this(random, ITERATIONS);
    }

    /** Hashes new passwords with {@code iterations} (tests lower it; stored hashes verify with their own). */
    public Passwords(SecureRandom random, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations must be at least " + MIN_ITERATIONS + ", not " + iterations);
        }
        this.random = random;
        this.iterations = iterations;
    }

    public PasswordHash hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PasswordHash(ALGORITHM, iterations, b64(salt), b64(derive(password, salt, iterations)));
    }

    public boolean verify(String password, PasswordHash stored) {
        if (!ALGORITHM.equals(stored.algorithm())) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(stored.hash());
        byte[] actual = derive(password, Base64.getDecoder().decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /** A hash of a random password, to spend the same time on an unknown username as on a known one. */
    public PasswordHash decoy() {
        return hash(Tokens.random(random, 16));
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
