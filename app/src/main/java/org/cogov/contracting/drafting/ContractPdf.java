package org.cogov.contracting.drafting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cogov.contracting.Contract;
import org.cogov.contracting.FinalInstalment;
import org.cogov.contracting.ContractDocument;
import org.cogov.contracting.ContractSignature;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.PaymentTerms;
import org.cogov.contracting.ScoringRule;
import org.cogov.procurement.ProcurementRule;
import org.cogov.procurement.ProcurementRules;
import org.cogov.procurement.Rulebook;
import org.cogov.shared.Money;
import org.cogov.shared.pdf.PdfDocument;
import org.cogov.shared.pdf.Table;
import org.cogov.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The contract as a PDF (政府购买服务合同), in Chinese or in English, every clause written from the stored contract: the
 * parties under the names frozen at drafting, in both languages; the service; the price in figures and, in Chinese, in
 * capital numerals; the term; settlement and liabilities; the performance bond; the milestones with the amount each pays;
 * the indicator set, each scoring rule put in words; the legal basis of the periods and caps, from the rule table as it
 * stood on the day of the award notice; the status and sign-by day; and each signature with what a reader needs to verify
 * it.
 *
 * <p>The same contract gives the same pages whenever it is generated: the footer names the contract rather than the
 * time, and nothing else read depends on the day. Only the file's properties carry the generation time (and OpenPDF's
 * random file id and font subset tag differ from file to file).
 */
@Component
class ContractPdf {

    /** Where anyone who may read the contract re-computes its hash and checks its signatures. */
    static final String VERIFICATION = "/api/v1/contracts/{id}/verification";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);
    private static final String[] CHINESE_ORDINALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五" };

    private final MessageSource messages;
    private final ProcurementRules rules;
    private final SignatureRecords signatures;
    private final WorkingDays workingDays;
    private final Clock clock;

    ContractPdf(MessageSource messages, ProcurementRules rules, SignatureRecords signatures, WorkingDays workingDays, Clock clock) {
        this.messages = messages;
        this.rules = rules;
        this.signatures = signatures;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The contract's document in the language, {@code zh} for Chinese and any other for English. */
    byte[] write(Contract contract, Locale language) {
        Words w = new Words(language);
        ZoneId zone = workingDays.zone();
        String id = contract.id().value().toString();
        PdfDocument pdf = new PdfDocument(w.t("title"), language, clock.instant().atZone(zone))
                .footerReference(w.t("footer", id));
        pdf.keyValue(w.t("contract"), id)
                .keyValue(w.t("procedure"), contract.procedureReference())
                .keyValue(w.t("lot"), w.t("lot-value", contract.lot()))
                .keyValue(w.t("award-notice"), contract.awardNoticeOn().toString())
                .keyValue(w.t("document-hash"), ContractDocument.hash(contract));

        List<String> headings = new ArrayList<>();
        heading(pdf, w, headings, "parties");
        pdf.paragraph(w.t("parties-agree", contract.procedureReference(), contract.lot()))
                .keyValue(w.t("purchaser"), w.party(contract.purchaser()))
                .keyValue(w.t("provider"), w.party(contract.provider()));

        heading(pdf, w, headings, "service");
        pdf.keyValue(w.t("catalogue"), contract.catalogueCode())
                .keyValue(w.t("service-title"), contract.serviceTitle())
                .keyValue(w.t("service-description"), orDash(contract.serviceDescription()));

        heading(pdf, w, headings, "price");
        pdf.keyValue(w.t("price"), w.t("money", money(contract.price())));
        if (w.chinese) {
            pdf.keyValue(w.t("price-capitals"), w.t("capitals", CapitalNumerals.yuan(contract.price())));
        }

        Contract.Delivery delivery = contract.delivery();
        pdf.keyValue(w.t("quantity"), orDash(delivery.quantity()))
                .keyValue(w.t("unit-price"), delivery.unitPrice() == null ? "—" : w.t("money", money(delivery.unitPrice())))
                .keyValue(w.t("payment-days"), w.t("payment-days-value", delivery.paymentDays()))
                .keyValue(w.t("serves-public"), w.t(delivery.servesPublic() ? "serves-public-yes" : "serves-public-no"));
        FinalInstalment clause = delivery.finalInstalment();
        if (clause != null) {
            pdf.keyValue(w.t("final-instalment"), w.t("final-instalment-value", plain(clause.excellent()), plain(clause.good()),
                    plain(clause.fair()), plain(clause.poor())));
        }

        heading(pdf, w, headings, "term");
        pdf.keyValue(w.t("term-start"), contract.term().start().toString())
                .keyValue(w.t("term-months"), w.t("term-months-value", contract.term().months()))
                .keyValue(w.t("term-end"), contract.term().end().toString());
        if (contract.term().stableService() || contract.term().justification() != null) {
            pdf.keyValue(w.t("stable-service"), orDash(contract.term().justification()));
        }

        heading(pdf, w, headings, "settlement");
        pdf.paragraph(contract.settlement() == null ? w.t("not-stated") : contract.settlement());
        heading(pdf, w, headings, "liabilities");
        pdf.paragraph(contract.liabilities() == null ? w.t("not-stated") : contract.liabilities());
        heading(pdf, w, headings, "bond");
        BigDecimal bond = contract.performanceBond();
        if (bond == null) {
            pdf.paragraph(w.t("no-bond"));
        } else {
            pdf.keyValue(w.t("bond"), w.t("money", money(bond)));
            if (w.chinese) {
                pdf.keyValue(w.t("bond-capitals"), w.t("capitals", CapitalNumerals.yuan(bond)));
            }
        }

        heading(pdf, w, headings, "milestones");
        milestones(pdf, w, contract);

        heading(pdf, w, headings, "indicators");
        indicators(pdf, w, contract);

        heading(pdf, w, headings, "basis");
        basis(pdf, w, contract);

        heading(pdf, w, headings, "status");
        status(pdf, w, contract, zone);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            pdf.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The milestones with the amount each pays: the price times the share, rounded to the fen, the last milestone
     * taking what the rounding leaves so that the amounts add up to the price.
     */
    private void milestones(PdfDocument pdf, Words w, Contract contract) {
        Table table = Table.withColumns(new Table.Column(w.t("ordinal"), 1, Table.Alignment.CENTER), new Table.Column(w.t("deliverable"), 6),
                new Table.Column(w.t("due"), 2.4f), new Table.Column(w.t("share"), 1.8f, Table.Alignment.RIGHT),
                new Table.Column(w.t("amount"), 2.6f, Table.Alignment.RIGHT), new Table.Column(w.t("advance"), 1.4f, Table.Alignment.CENTER));
        List<Money> amounts = PaymentTerms.amounts(new Money(contract.price()), contract.milestones());
        for (int i = 0; i < contract.milestones().size(); i++) {
            Milestone m = contract.milestones().get(i);
            table.row(Integer.toString(i + 1), m.deliverable(), m.due().toString(), plain(m.share()), money(amounts.get(i).amount()),
                    w.t(m.advance() ? "yes" : "no"));
        }
        pdf.table(table).paragraph(w.t("milestones-rounding"));
    }

    private void indicators(PdfDocument pdf, Words w, Contract contract) {
        pdf.paragraph(w.t("indicators-intro"));
        for (int g = 0; g < contract.indicators().groups().size(); g++) {
            IndicatorGroup group = contract.indicators().groups().get(g);
            pdf.paragraph(w.subOrdinal(g) + w.t("group", w.message("contracting.dimension." + group.dimension().name()), plain(group.weight())));
            Table table = Table.withColumns(new Table.Column(w.t("indicator"), 3), new Table.Column(w.t("weight"), 1.4f, Table.Alignment.RIGHT),
                    new Table.Column(w.t("target"), 3), new Table.Column(w.t("scoring"), 4));
            for (Indicator indicator : group.indicators()) {
                table.row(w.chinese || indicator.nameEn().isBlank() ? indicator.nameZh() : indicator.nameEn(), plain(indicator.weight()),
                        indicator.target(), scoring(w, indicator.rule()));
            }
            pdf.table(table);
        }
    }

    /** The scoring rule in the document's words. */
    private String scoring(Words w, ScoringRule rule) {
        if (rule instanceof ScoringRule.Linear linear) {
            return w.t("scoring.LINEAR", plain(linear.target()));
        }
        if (rule instanceof ScoringRule.Threshold threshold) {
            return w.t("scoring.THRESHOLD", plain(threshold.threshold()));
        }
        if (rule instanceof ScoringRule.Banded banded) {
            List<String> bands = banded.bands().stream().map(b -> w.t("scoring.band", plain(b.from()), plain(b.percent()))).toList();
            return w.t("scoring.BANDED", String.join(w.chinese ? "；" : "; ", bands));
        }
        return w.t("scoring.JUDGEMENT");
    }

    /**
     * The rules the contract is held to, each with its legal basis, as the rule table stood on the day of the award
     * notice: the term's limits, the bond's cap when there is a bond, the add-ons' cap, the days to sign, publish and file.
     */
    private void basis(PdfDocument pdf, Words w, Contract contract) {
        Rulebook rulebook = rules.rulebook();
        List<String> lines = new ArrayList<>();
        Optional<ProcurementRule> term = rulebook.rule(ProcurementRule.Name.CONTRACT_TERM_MAX, null, contract.awardNoticeOn());
        Optional<ProcurementRule> stable = rulebook.rule(ProcurementRule.Name.CONTRACT_TERM_MAX_STABLE, null, contract.awardNoticeOn());
        if (term.isPresent() && stable.isPresent()) {
            lines.add(w.basis(term.get(), w.t("basis.term", term.get().count(), stable.get().count())));
        }
        if (contract.performanceBond() != null) {
            rulebook.rule(ProcurementRule.Name.PERFORMANCE_BOND_MAX, null, contract.awardNoticeOn())
                    .ifPresent(r -> lines.add(w.basis(r, w.t("basis.bond", plain(r.value())))));
        }
        rulebook.rule(ProcurementRule.Name.ADD_ON_MAX, null, contract.awardNoticeOn())
                .ifPresent(r -> lines.add(w.basis(r, w.t("basis.add-on", plain(r.value())))));
        rulebook.rule(ProcurementRule.Name.CONTRACT_SIGNATURE, null, contract.awardNoticeOn())
                .ifPresent(r -> lines.add(w.basis(r, w.t("basis.signature", r.count()))));
        rulebook.rule(ProcurementRule.Name.CONTRACT_PUBLICATION, null, contract.awardNoticeOn())
                .ifPresent(r -> lines.add(w.basis(r, w.t("basis.publication", r.count()))));
        rulebook.rule(ProcurementRule.Name.CONTRACT_FILING, null, contract.awardNoticeOn())
                .ifPresent(r -> lines.add(w.basis(r, w.t("basis.filing", r.count()))));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(w.chinese ? "．" : ". ").append(lines.get(i));
        }
        pdf.paragraph(text.toString());
    }

    private void status(PdfDocument pdf, Words w, Contract contract, ZoneId zone) {
        pdf.keyValue(w.t("status"), w.message("contracting.status." + contract.status().name()))
                .keyValue(w.t("sign-by"), contract.signBy().toString());
        if (contract.signedOn() != null) {
            pdf.keyValue(w.t("signed-on"), contract.signedOn() + (contract.signedLate() ? " " + w.t("signed-late") : ""));
        }
        if (contract.publishBy() != null) {
            pdf.keyValue(w.t("publish-by"), contract.publishBy().toString());
        }
        if (contract.fileBy() != null) {
            pdf.keyValue(w.t("file-by"), contract.fileBy().toString());
        }
        if (contract.withdrawnAt() != null) {
            pdf.keyValue(w.t("withdrawn"), TIME.format(contract.withdrawnAt().atZone(zone)) + " " + orDash(contract.withdrawnReason()));
        }
        if (contract.signatures().isEmpty()) {
            pdf.paragraph(w.t("no-signature"));
        }
        for (int i = 0; i < contract.signatures().size(); i++) {
            ContractSignature s = contract.signatures().get(i);
            boolean purchaser = s.party() == ContractSignature.Party.PURCHASER;
            pdf.paragraph(w.subOrdinal(i) + w.t(purchaser ? "purchaser" : "provider") + " · "
                    + w.party(purchaser ? contract.purchaser() : contract.provider()).replace('\n', ' '))
                    .keyValue(w.t("signer"), s.signerId().toString())
                    .keyValue(w.t("signed-at"), TIME.format(s.signedAt().atZone(zone)) + (s.late() ? " " + w.t("signed-late") : ""))
                    .keyValue(w.t("algorithm"), s.algorithm())
                    .keyValue(w.t("key"), s.keyId().toString())
                    .keyValue(w.t("fingerprint"), signatures.key(s.keyId()).map(SignatureRecords.StoredKey::fingerprint).orElse("—"))
                    .keyValue(w.t("signed-hash"), s.documentHash())
                    .keyValue(w.t("signature"), s.signature())
                    .keyValue(w.t("certificate"), s.certificate());
        }
        pdf.paragraph(w.t("verify", VERIFICATION.replace("{id}", contract.id().value().toString()), ContractDocument.hash(contract)));
    }

    /** A numbered section heading: 一、 in Chinese, 1. in English. */
    private static void heading(PdfDocument pdf, Words w, List<String> headings, String key) {
        headings.add(key);
        int n = headings.size();
        pdf.heading((w.chinese ? CHINESE_ORDINALS[n - 1] + "、" : n + ". ") + w.t("heading." + key));
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** The document's words: the {@code contracting.document.} messages in its language. */
    private final class Words {

        private final Locale language;
        private final boolean chinese;

        Words(Locale language) {
            this.language = language;
            this.chinese = "zh".equals(language.getLanguage());
        }

        String t(String key, Object... arguments) {
            return message("contracting.document." + key, arguments);
        }

        /** A message by its whole key; without arguments it is read as written, with them as a message format. */
        String message(String key, Object... arguments) {
            return messages.getMessage(key, arguments.length == 0 ? null : arguments, language);
        }

        /** A party's name in the document's language first, then in the other when the contract names it there too. */
        String party(Contract.Party party) {
            String first = chinese || party.nameEn().isBlank() ? party.nameZh() : party.nameEn();
            String second = first.equals(party.nameZh()) ? party.nameEn() : party.nameZh();
            return second.isBlank() || second.equals(first) ? first : first + "\n" + second;
        }

        /** A rule's line followed by its legal basis in the document's language. */
        String basis(ProcurementRule rule, String line) {
            return t("basis-line", line, chinese ? rule.legalBasisZh() : rule.legalBasisEn());
        }

        /** （一） in Chinese, (a) in English. */
        String subOrdinal(int index) {
            return chinese ? "（" + CHINESE_ORDINALS[index] + "）" : "(" + (char) ('a' + index) + ") ";
        }
    }
}
