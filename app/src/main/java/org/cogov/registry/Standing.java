package org.cogov.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * An organization's standing on a day, as the public registry lists it: its valid rating, whether it
 * is on a credit list or barred from procurement, and whether a state organ still hosts or supervises it.
 */
@Domain
public record Standing(@Nullable Rating rating, boolean onCreditList, boolean barred, boolean attachedToOrgan) {

    public static final Standing CLEAN = new Standing(null, false, false, false);

    static Standing on(LocalDate day, List<Rating> ratings, List<CreditListEntry> entries, List<ProcurementBan> bans,
            List<HostTie> hosts) {
        Rating rating = ratings.stream().filter(r -> r.validOn(day)).max(Comparator.comparing(Rating::ratedOn)).orElse(null);
        return new Standing(rating, entries.stream().anyMatch(e -> e.listedOn(day)), bans.stream().anyMatch(b -> b.barsOn(day)),
                hosts.stream().anyMatch(h -> h.attachedOn(day)));
    }
}
