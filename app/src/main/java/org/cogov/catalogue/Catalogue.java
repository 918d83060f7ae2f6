package org.cogov.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue module's public face: the guidance catalogue as a tree, the negative list, and the
 * check that a proposed purchase may be bought. Anyone signed in reads; only the finance department
 * changes, and every change is an audit entry written in its own transaction.
 */
@Service
public class Catalogue {

    /** A new item: its category must exist, and its code must be new. */
    public record NewItem(String code, String nameZh, String nameEn, @Nullable String description,
            LocalDate effectiveFrom, @Nullable Integer excludedAs) {
    }

    public record Naming(String nameZh, String nameEn, @Nullable String description, int version) {
    }

    public record Wording(String textZh, String textEn, String legalBasisZh, String legalBasisEn, int version) {
    }

    private final CatalogueItems items;
    private final NegativeList negativeList;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Catalogue(CatalogueItems items, NegativeList negativeList, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.negativeList = negativeList;
        this.events = events;
        this.clock = clock;
    }

    /** Every item, closed ones too, in code order: a parent always comes before its children. */
    @Transactional(readOnly = true)
    public List<CatalogueItem> items() {
        return items.all();
    }

    @Transactional(readOnly = true)
    public Optional<CatalogueItem> item(String code) {
        return CatalogueItem.isCode(code) ? items.find(code) : Optional.empty();
    }

    /** @throws RuleViolation {@code catalogue.item-unknown} (404) */
    @Transactional(readOnly = true)
    public CatalogueItem existingItem(String code) {
        return item(code).orElseThrow(() -> RuleViolation.notFound("catalogue.item-unknown", code));
    }

    @Transactional(readOnly = true)
    public List<NegativeListItem> negativeList() {
        return negativeList.all();
    }

    /** @throws RuleViolation {@code catalogue.negative-unknown} (404) */
    @Transactional(readOnly = true)
    public NegativeListItem negativeListItem(int number) {
        return negativeList.find(number).orElseThrow(() -> RuleViolation.notFound("catalogue.negative-unknown", number));
    }

    /** May this be bought on that date? Every reason, from the catalogue and the negative list as they stand. */
    @Transactional(readOnly = true)
    public Verdict check(ProposedPurchase purchase, LocalDate date) {
        return new Purchasability(items.all(), negativeList.all()).judge(purchase, date);
    }

    /** Today in the platform's zone: the date a check is made for when the caller names none. */
    public LocalDate today() {
        return clock.instant().atZone(clock.getZone()).toLocalDate();
    }

    @Transactional
    public CatalogueItem add(Actor actor, NewItem command) {
        actor.require("catalogue:item:edit", "catalogue.item.create", "catalogue-item", command.code());
        if (!CatalogueItem.isCode(command.code())) {
            throw RuleViolation.refused("catalogue.code-malformed", "code", command.code());
        }
        if (items.find(command.code()).isPresent()) {
            throw RuleViolation.conflict("catalogue.code-taken", command.code());
        }
        Optional<String> parentCode = CatalogueItem.parentOf(command.code());
        if (parentCode.isPresent() && items.find(parentCode.get()).isEmpty()) {
            throw RuleViolation.refused("catalogue.parent-unknown", "code", parentCode.get());
        }
        CatalogueItem item = new CatalogueItem(command.code(), command.nameZh().strip(), command.nameEn().strip(),
                blankToNull(command.description()), command.excludedAs(), command.effectiveFrom(), null, 0);
        items.add(item, clock.instant());
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("nameZh", item.nameZh());
        payload.put("nameEn", item.nameEn());
        payload.put("effectiveFrom", item.effectiveFrom().toString());
        if (item.excludedAs() != null) {
            payload.put("excludedAs", item.excludedAs().toString());
        }
        publish(actor, "catalogue.item.created", "catalogue-item", item.code(), payload);
        return existingItem(item.code());
    }

    @Transactional
    public CatalogueItem rename(Actor actor, String code, Naming naming) {
        actor.require("catalogue:item:edit", "catalogue.item.update", "catalogue-item", code);
        CatalogueItem item = existingItem(code);
        if (!items.rename(code, naming.version(), naming.nameZh().strip(), naming.nameEn().strip(),
                blankToNull(naming.description()))) {
            throw RuleViolation.conflict("catalogue.changed-meanwhile", code);
        }
        publish(actor, "catalogue.item.updated", "catalogue-item", code, Map.of("nameZh", naming.nameZh().strip(),
                "nameEn", naming.nameEn().strip(), "wasZh", item.nameZh(), "wasEn", item.nameEn()));
        return existingItem(code);
    }

    /**
     * Closes an item, and the items under it, after a last day in force. Never a deletion: purchases made
     * under the item keep naming it, and the catalogue still shows it.
     */
    @Transactional
    public CatalogueItem close(Actor actor, String code, LocalDate lastDay, int version) {
        actor.require("catalogue:item:edit", "catalogue.item.close", "catalogue-item", code);
        CatalogueItem item = existingItem(code);
        if (lastDay.isBefore(item.effectiveFrom())) {
            throw RuleViolation.refused("catalogue.close-before-start", "effectiveTo", item.effectiveFrom().toString());
        }
        if (!items.close(code, version, lastDay)) {
            throw RuleViolation.conflict("catalogue.changed-meanwhile", code);
        }
        List<String> under = items.closeUnder(code, lastDay);
        publish(actor, "catalogue.item.closed", "catalogue-item", code, Map.of("effectiveTo", lastDay.toString(),
                "was", String.valueOf(item.effectiveTo()), "alsoClosed", String.join(",", under)));
        return existingItem(code);
    }

    @Transactional
    public NegativeListItem reword(Actor actor, int number, Wording wording) {
        actor.require("catalogue:negative:edit", "catalogue.negative.update", "negative-list-item", number);
        NegativeListItem item = negativeListItem(number);
        if (!negativeList.reword(number, wording.version(), wording.textZh().strip(), wording.textEn().strip(),
                wording.legalBasisZh().strip(), wording.legalBasisEn().strip())) {
            throw RuleViolation.conflict("catalogue.changed-meanwhile", Integer.toString(number));
        }
        publish(actor, "catalogue.negative.updated", "negative-list-item", Integer.toString(number), Map.of(
                "textZh", wording.textZh().strip(), "textEn", wording.textEn().strip(),
                "legalBasisZh", wording.legalBasisZh().strip(), "legalBasisEn", wording.legalBasisEn().strip(),
                "wasZh", item.textZh(), "wasEn", item.textEn()));
        return negativeListItem(number);
    }

    private void publish(Actor actor, String action, String objectType, String objectId, Map<String, String> payload) {
        // Inside the transaction: the audit entry commits or rolls back with the change.
        events.publishEvent(new CatalogueChanged(actor.userId(), actor.organizationId(), action, objectType, objectId,
                payload));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
