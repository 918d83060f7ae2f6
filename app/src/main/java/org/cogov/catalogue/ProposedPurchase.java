package org.cogov.catalogue;

import java.util.Objects;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * A purchase as a purchase request proposes it, for the question "may this be bought?". The
 * purchaser answers each negative-list question explicitly, because a refusal must not hang on how
 * a description happens to be worded; the description only adds warnings.
 *
 * @param itemCode      the guidance-catalogue item the purchase names, or null if it names none
 * @param outsideDuties the service lies outside the purchaser's government duties (item 1)
 * @param coreFunction  it is a core government function: a decision, a licence, enforcement (item 2)
 * @param financing     it is, or hides, a financing arrangement (item 4)
 * @param forOwnStaff   it recruits, hires or dispatches labour for the purchaser's own staff, or
 *                      sets up public-welfare posts (item 5)
 */
@Domain
public record ProposedPurchase(@Nullable String itemCode, SubjectKind subjectKind, boolean outsideDuties,
        boolean coreFunction, boolean financing, boolean forOwnStaff, @Nullable String description) {

    public ProposedPurchase {
        Objects.requireNonNull(subjectKind, "subjectKind");
    }

    /** A plain service under a catalogue item, with no negative-list flag raised. */
    public static ProposedPurchase service(String itemCode) {
        return new ProposedPurchase(itemCode, SubjectKind.SERVICE, false, false, false, false, null);
    }
}
