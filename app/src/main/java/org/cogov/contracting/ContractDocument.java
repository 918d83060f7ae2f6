package org.cogov.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.cogov.shared.Domain;
import org.cogov.shared.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The contract document both parties sign: a canonical text of every clause — the parties, the service, the price, the
 * term, settlement, liabilities, the performance bond, the milestones and the indicator set — and its SHA-256.
 *
 * <p>The text is deterministic: one field a line, in a fixed order, each value prefixed by its length in characters,
 * so that no value (a settlement with line breaks, a name with a colon) can shift what the next field says. Amounts are
 * written at the scale of two decimals and percentages at four, so that 30 and 30.00 sign alike. It leaves out what is
 * not a clause: the status, the version, the instants of drafting and withdrawal. Its first line names the format, so
 * that a later format can be told from this one by the hash's verifier.
 */
@Domain
public final class ContractDocument {

    /** The format of the canonical text, first line of every document. */
    public static final String FORMAT = "cogov/contract-document/v1";

    private ContractDocument() {
    }

    /** The canonical text of every clause of the contract. */
    public static String canonicalText(Contract contract) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        field(text, "contract", contract.id().value().toString());
        field(text, "procedure", contract.procedureReference());
        field(text, "lot", Integer.toString(contract.lot()));
        party(text, "purchaser", contract.purchaser());
        party(text, "provider", contract.provider());
        field(text, "service.catalogue", contract.catalogueCode());
        field(text, "service.title", contract.serviceTitle());
        field(text, "service.description", contract.serviceDescription());
        field(text, "price", amount(contract.price()));
        field(text, "award-notice", day(contract.awardNoticeOn()));
        field(text, "sign-by", day(contract.signBy()));
        field(text, "term.start", day(contract.term().start()));
        field(text, "term.months", Integer.toString(contract.term().months()));
        field(text, "term.stable-service", Boolean.toString(contract.term().stableService()));
        field(text, "term.justification", contract.term().justification());
        field(text, "settlement", contract.settlement());
        field(text, "liabilities", contract.liabilities());
        field(text, "quantity", contract.delivery().quantity());
        field(text, "unit-price", contract.delivery().unitPrice() == null ? null : amount(contract.delivery().unitPrice()));
        field(text, "payment-days", Integer.toString(contract.delivery().paymentDays()));
        field(text, "serves-public", Boolean.toString(contract.delivery().servesPublic()));
        FinalInstalment clause = contract.delivery().finalInstalment();
        if (clause != null) {
            // Only contracts with the clause carry these lines: the documents signed before it existed keep their hash.
            for (Grade grade : Grade.values()) {
                field(text, "final-instalment." + grade.name().toLowerCase(Locale.ROOT), percent(clause.percentFor(grade)));
            }
        }
        field(text, "performance-bond", contract.performanceBond() == null ? null : amount(contract.performanceBond()));
        field(text, "milestones", Integer.toString(contract.milestones().size()));
        for (int i = 0; i < contract.milestones().size(); i++) {
            Milestone m = contract.milestones().get(i);
            String at = "milestone." + (i + 1) + ".";
            field(text, at + "deliverable", m.deliverable());
            field(text, at + "due", day(m.due()));
            field(text, at + "share", percent(m.share()));
            field(text, at + "advance", Boolean.toString(m.advance()));
        }
        field(text, "indicator-groups", Integer.toString(contract.indicators().groups().size()));
        for (int g = 0; g < contract.indicators().groups().size(); g++) {
            IndicatorGroup group = contract.indicators().groups().get(g);
            String at = "group." + (g + 1) + ".";
            field(text, at + "dimension", group.dimension().name());
            field(text, at + "weight", percent(group.weight()));
            field(text, at + "indicators", Integer.toString(group.indicators().size()));
            for (int i = 0; i < group.indicators().size(); i++) {
                Indicator indicator = group.indicators().get(i);
                String in = at + "indicator." + (i + 1) + ".";
                field(text, in + "name-zh", indicator.nameZh());
                field(text, in + "name-en", indicator.nameEn());
                field(text, in + "weight", percent(indicator.weight()));
                field(text, in + "target", indicator.target());
                field(text, in + "scoring", rule(indicator.rule()));
            }
        }
        return text.toString();
    }

    /** The hash both parties sign: SHA-256 of the canonical text's UTF-8 bytes, in lower-case hex. */
    public static String hash(Contract contract) {
        return Sha256.hex(canonicalText(contract));
    }

    private static String rule(ScoringRule rule) {
        if (rule instanceof ScoringRule.Linear linear) {
            return "LINEAR " + percent(linear.target());
        }
        if (rule instanceof ScoringRule.Threshold threshold) {
            return "THRESHOLD " + percent(threshold.threshold());
        }
        if (rule instanceof ScoringRule.Banded banded) {
            return "BANDED " + banded.format();
        }
        return rule.kind().name();
    }

    private static void party(StringBuilder text, String role, Contract.Party party) {
        field(text, role + ".organization", party.organizationId().toString());
        field(text, role + ".name-zh", party.nameZh());
        field(text, role + ".name-en", party.nameEn());
    }

    /** A field as {@code name:length:value}, the length telling where the value ends; an absent value is {@code name:-}. */
    private static void field(StringBuilder text, String name, @Nullable String value) {
        text.append(name).append(':');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }

    private static String amount(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String percent(BigDecimal value) {
        return value.setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String day(LocalDate day) {
        return day.toString();
    }
}
