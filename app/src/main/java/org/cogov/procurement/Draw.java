package org.cogov.procurement;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import org.cogov.shared.Domain;

/**
 * A random order that anyone can reproduce from its published seed, for every draw of a procedure: the
 * suppliers invited to a tender, the experts of a panel, the order of bids still tied. The caller puts
 * the candidates in an order anyone can rebuild (by id); they are then shuffled by Fisher–Yates with
 * the number of step {@code s} taken from the first eight bytes of SHA-256(seed ‖ s as four bytes,
 * big-endian), reduced modulo the remaining count.
 */
@Domain
public final class Draw {

    private Draw() {
    }

    /** The candidates, in the order the seed gives them; the list passed in is not changed. */
    public static <T> List<T> shuffle(String seed, List<T> ordered) {
        List<T> order = new ArrayList<>(ordered);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = (int) Long.remainderUnsigned(step(seed, order.size() - 1 - i), i + 1);
            T swapped = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swapped);
        }
        return order;
    }

    private static long step(String seed, int step) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(seed.getBytes(StandardCharsets.UTF_8));
            sha256.update(ByteBuffer.allocate(4).putInt(step).array());
            return ByteBuffer.wrap(sha256.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
