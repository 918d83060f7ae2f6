package org.cogov.procurement;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;

/**
 * The random choice of the suppliers invited to an invitational tender among those that passed
 * pre-qualification (GPL Art. 34: at least three). The draw is reproducible by anyone from the
 * published seed: the candidates are put in the order of their ids, then shuffled (Fisher–Yates) with
 * numbers taken from SHA-256(seed ‖ step), and the first {@code count} are invited.
 */
@Domain
public record InvitationDraw(String seed, List<OrganizationId> candidates, List<OrganizationId> invited) {

    public InvitationDraw {
        candidates = List.copyOf(candidates);
        invited = List.copyOf(invited);
    }

    public static InvitationDraw draw(String seed, List<OrganizationId> qualified, int count) {
        if (count > qualified.size()) {
            throw new IllegalArgumentException("cannot invite " + count + " of " + qualified.size());
        }
        List<OrganizationId> order = new ArrayList<>(qualified.stream().distinct()
                .sorted(Comparator.comparing(o -> o.value().toString())).toList());
        for (int i = order.size() - 1; i > 0; i--) {
            int j = (int) Long.remainderUnsigned(step(seed, order.size() - 1 - i), i + 1);
            OrganizationId swapped = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swapped);
        }
        return new InvitationDraw(seed, order, order.subList(0, count));
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
