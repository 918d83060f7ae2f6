package org.cogov.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.cogov.shared.Domain;

/** The answer to "may this be bought on that date?": purchasable, or refused with every reason. */
@Domain
public sealed interface Verdict {

    LocalDate date();

    /** Hints that do not refuse, such as a description that reads like a negative-list item. */
    List<Reason> warnings();

    default boolean purchasable() {
        return this instanceof Purchasable;
    }

    /** The reasons of a refusal; none for a purchasable request. */
    default List<Reason> reasons() {
        return this instanceof Refused refused ? refused.refusals() : List.of();
    }

    record Purchasable(LocalDate date, List<Reason> warnings) implements Verdict {
        public Purchasable {
            warnings = List.copyOf(warnings);
        }
    }

    record Refused(LocalDate date, List<Reason> refusals, List<Reason> warnings) implements Verdict {
        public Refused {
            if (refusals.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
            refusals = List.copyOf(refusals);
            warnings = List.copyOf(warnings);
        }
    }
}
