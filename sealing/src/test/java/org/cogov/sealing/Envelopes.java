package org.cogov.sealing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Sealing and opening in memory, and the bindings that properties range over. */
final class Envelopes {

    private Envelopes() {
    }

    static byte[] seal(byte[] publicKey, Binding binding, byte[] plaintext) {
        ByteArrayOutputStream envelope = new ByteArrayOutputStream();
        try (OutputStream sealed = BidEnvelope.sealing(publicKey, binding, envelope)) {
            sealed.write(plaintext);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return envelope.toByteArray();
    }

    static byte[] open(byte[] privateKey, Binding expected, byte[] envelope) throws EnvelopeRefused {
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        try {
            BidEnvelope.open(privateKey, expected, new ByteArrayInputStream(envelope), plaintext);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plaintext.toByteArray();
    }

    static Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    /** Lot numbers as procedures have them: mostly small, and now and then the largest a binding can carry. */
    static Arbitrary<Integer> lots() {
        return Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(1, 20)),
                Tuple.of(1, Arbitraries.integers().between(1, Integer.MAX_VALUE)));
    }

    static Arbitrary<Binding> bindings() {
        return Combinators.combine(uuids(), lots(), uuids(), Arbitraries.integers().between(1, Integer.MAX_VALUE))
                .as(Binding::new);
    }

    static Binding someBinding() {
        return new Binding(UUID.randomUUID(), 1, UUID.randomUUID(), 1);
    }
}
