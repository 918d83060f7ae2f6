package org.cogov.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * Whether a proposed purchase may be bought on a date (MoF Order No. 102 Art. 10 and the rule that a
 * purchase names a guidance-catalogue item). Every reason is given, not only the first, so that a
 * purchaser fixes a request once. Negative-list items are decided on the request's explicit flags
 * and the catalogue item's own exclusion; words in the description only warn.
 */
@Domain
public final class Purchasability {

    private final Map<String, CatalogueItem> catalogue;
    private final Map<Integer, NegativeListItem> negativeList;

    public Purchasability(List<CatalogueItem> catalogue, List<NegativeListItem> negativeList) {
        this.catalogue = catalogue.stream().collect(Collectors.toMap(CatalogueItem::code, Function.identity()));
        this.negativeList = negativeList.stream().collect(Collectors.toMap(NegativeListItem::number, Function.identity()));
        for (int number = 1; number <= NegativeListItem.LAST; number++) {
            if (!this.negativeList.containsKey(number)) {
                throw new IllegalArgumentException("the negative list lacks item " + number);
            }
        }
    }

    public Verdict judge(ProposedPurchase purchase, LocalDate date) {
        List<Reason> refusals = new ArrayList<>(catalogueReasons(purchase.itemCode(), date));
        TreeSet<Integer> negatives = new TreeSet<>();
        if (purchase.outsideDuties()) {
            negatives.add(NegativeListItem.OUTSIDE_DUTIES);
        }
        if (purchase.coreFunction()) {
            negatives.add(NegativeListItem.CORE_FUNCTION);
        }
        if (purchase.subjectKind() != SubjectKind.SERVICE) {
            negatives.add(NegativeListItem.GOODS_AND_WORKS);
        }
        if (purchase.financing()) {
            negatives.add(NegativeListItem.FINANCING);
        }
        if (purchase.forOwnStaff()) {
            negatives.add(NegativeListItem.OWN_STAFF);
        }
        Optional.ofNullable(purchase.itemCode()).map(catalogue::get).map(CatalogueItem::excludedAs).ifPresent(negatives::add);
        negatives.forEach(number -> refusals.add(negative(number)));

        List<Reason> warnings = hints(purchase.description(), negatives);
        return refusals.isEmpty() ? new Verdict.Purchasable(date, warnings) : new Verdict.Refused(date, refusals, warnings);
    }

    private List<Reason> catalogueReasons(@Nullable String code, LocalDate date) {
        if (code == null || code.isBlank()) {
            return List.of(Reason.of("catalogue.reason.no-item"));
        }
        CatalogueItem item = catalogue.get(code);
        if (item == null) {
            return List.of(Reason.of("catalogue.reason.unknown-item", code));
        }
        List<Reason> reasons = new ArrayList<>();
        if (catalogue.values().stream().anyMatch(other -> other.isUnder(code))) {
            reasons.add(Reason.of("catalogue.reason.not-specific", code));
        }
        // A closed category closes everything under it, whatever its items say.
        for (@Nullable String c = code; c != null; c = CatalogueItem.parentOf(c).orElse(null)) {
            CatalogueItem level = catalogue.get(c);
            if (level != null && !level.isEffectiveOn(date)) {
                reasons.add(Reason.of("catalogue.reason.not-effective", c, date.toString(), level.effectiveFrom().toString(),
                        level.effectiveTo() == null ? "—" : level.effectiveTo().toString()));
            }
        }
        return reasons;
    }

    private Reason negative(int number) {
        NegativeListItem item = negativeList.get(number);
        return new Reason("catalogue.reason.negative", item, List.of(Integer.toString(number)));
    }

    /** One warning per negative-list item whose keyword the description contains, unless already refused for it. */
    private List<Reason> hints(@Nullable String description, TreeSet<Integer> alreadyRefused) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        String text = description.toLowerCase(Locale.ROOT);
        Map<Integer, String> found = new TreeMap<>();
        negativeList.values().forEach(item -> {
            if (!alreadyRefused.contains(item.number())) {
                item.keywords().stream().filter(k -> text.contains(k.toLowerCase(Locale.ROOT))).findFirst()
                        .ifPresent(keyword -> found.put(item.number(), keyword));
            }
        });
        List<Reason> warnings = new ArrayList<>();
        found.forEach((number, keyword) -> warnings.add(
                new Reason("catalogue.warning.keyword", negativeList.get(number), List.of(Integer.toString(number), keyword))));
        return warnings;
    }
}
