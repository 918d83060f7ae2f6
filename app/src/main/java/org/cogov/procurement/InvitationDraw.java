package org.cogov.procurement;

import java.util.Comparator;
import java.util.List;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Domain;

/**
 * The random choice of the suppliers invited to an invitational tender among those that passed
 * pre-qualification (GPL Art. 34: at least three). The draw is reproducible by anyone from the
 * published seed: the candidates are put in the order of their ids, then shuffled ({@link Draw}), and the
 * first {@code count} are invited.
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
        List<OrganizationId> order = Draw.shuffle(seed, qualified.stream().distinct()
                .sorted(Comparator.comparing(o -> o.value().toString())).toList());
        return new InvitationDraw(seed, order, order.subList(0, count));
    }
}
