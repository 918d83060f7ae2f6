package org.cogov.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cogov.catalogue.Catalogue;
import org.cogov.catalogue.CatalogueItem;
import org.cogov.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The catalogue items that an intention or a consultation may name: an item of the catalogue, not a
 * category (procurement matches a procedure's item to its intentions code for code), and not closed.
 */
@Component
class PlannableItems {

    private final Catalogue catalogue;

    PlannableItems(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Why the code cannot be named, on the form's field, if it cannot. */
    Optional<RuleViolation> refusal(String code, String field) {
        Optional<CatalogueItem> item = catalogue.item(code);
        if (item.isEmpty()) {
            return Optional.of(RuleViolation.refused("planning.catalogue.unknown", field, code));
        }
        if (catalogue.items().stream().anyMatch(other -> other.isUnder(code))) {
            return Optional.of(RuleViolation.refused("planning.catalogue.category", field, code));
        }
        LocalDate today = catalogue.today();
        LocalDate lastDay = item.get().effectiveTo();
        if (lastDay != null && lastDay.isBefore(today)) {
            return Optional.of(RuleViolation.refused("planning.catalogue.closed", field, code, lastDay.toString()));
        }
        return Optional.empty();
    }

    /** The items a form offers: those in force today that have no items under them, in code order. */
    List<CatalogueItem> offered() {
        List<CatalogueItem> all = catalogue.items();
        LocalDate today = catalogue.today();
        return all.stream().filter(item -> item.isEffectiveOn(today))
                .filter(item -> all.stream().noneMatch(other -> other.isUnder(item.code()))).toList();
    }
}
