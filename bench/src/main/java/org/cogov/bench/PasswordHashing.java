package org.cogov.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * What a password check costs: Argon2id with the parameters of the identity module's
 * {@code SecurityConfiguration} (19 MiB, 2 passes, 1 lane), against one SHA-256 of the same password
 * as the baseline. The ratio is the work an offline attacker must spend per guess for every unit a
 * naive store would have cost; the Argon2id rate is the number of sign-ins one core can check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PasswordHashing {

    private static final String PASSWORD = "correct horse battery staple";

    private Argon2PasswordEncoder argon2id;
    private String hash;
    private MessageDigest sha256;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        argon2id = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        hash = argon2id.encode(PASSWORD);
        sha256 = MessageDigest.getInstance("SHA-256");
    }

    @Benchmark
    public boolean argon2idCheck() {
        return argon2id.matches(PASSWORD, hash);
    }

    @Benchmark
    public byte[] sha256Baseline() {
        return sha256.digest(PASSWORD.getBytes(StandardCharsets.UTF_8));
    }
}
