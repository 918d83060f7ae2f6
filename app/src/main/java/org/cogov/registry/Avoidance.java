package org.cogov.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cogov.shared.Domain;

/**
 * The ties between a person and an organization for which an expert withdraws (回避; RULES.md,
 * Evaluation, after the MoF rules on evaluation experts). Employment, office and control count when
 * held on any day of the look-back window ending on the day; kinship with the head and other
 * declared relationships count when they exist on the day itself, as the rule speaks of them in the
 * present.
 */
@Domain
public final class Avoidance {

    private Avoidance() {
    }

    /**
     * Every tie of the person to the organization on the day; empty when the person need not withdraw.
     * Posts and declarations of other people or about other organizations are passed over, so a caller
     * may hand over more than the person's own.
     */
    public static List<Tie> ties(PersonId person, List<Position> positions, List<DeclaredTie> declared,
            OrganizationId organization, LocalDate date, EligibilitySettings settings) {
        List<Tie> ties = new ArrayList<>();
        for (Position position : positions) {
            if (position.person().equals(person) && position.organization().equals(organization)
                    && position.post().isOffice() && position.tenure().heldWithin(settings.avoidanceWindow(), date)) {
                ties.add(Tie.of(position));
            }
        }
        for (DeclaredTie tie : declared) {
            if (tie.person().equals(person) && tie.organization().equals(organization) && counts(tie, date, settings)) {
                ties.add(Tie.of(tie));
            }
        }
        return List.copyOf(ties);
    }

    private static boolean counts(DeclaredTie tie, LocalDate date, EligibilitySettings settings) {
        return switch (tie.kind()) {
            case CONTROLLING_SHAREHOLDER, ACTUAL_CONTROLLER -> tie.tenure().heldWithin(settings.avoidanceWindow(), date);
            case CLOSE_RELATIVE_OF_HEAD, OTHER -> tie.tenure().covers(date);
        };
    }
}
