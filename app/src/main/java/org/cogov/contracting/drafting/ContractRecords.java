package org.cogov.contracting.drafting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cogov.contracting.Contract;
import org.cogov.contracting.Dimension;
import org.cogov.contracting.FinalInstalment;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.Milestone;
import org.cogov.contracting.ScoringRule;
import org.cogov.contracting.ServicePeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contracts in plain SQL: the contract row with its milestones and its indicator set. A change of the draft is a
 * compare-and-set on its version and status; its milestones and indicators are replaced whole in the same transaction.
 */
@Repository
class ContractRecords {

    /** A contract's own row, before its parties are named. */
    record Row(UUID id, UUID procedureId, String procedureReference, int lot, Contract.Party purchaser, Contract.Party provider,
            String catalogueCode,
            String serviceTitle, @Nullable String serviceDescription, BigDecimal price, Contract.Status status, Instant awardedAt,
            LocalDate awardNoticeOn, LocalDate signBy, ServicePeriod term, @Nullable String settlement, @Nullable String liabilities,
            @Nullable BigDecimal performanceBond, Instant draftedAt, @Nullable Instant withdrawnAt, @Nullable String withdrawnReason,
            int version, @Nullable LocalDate signedOn, @Nullable LocalDate publishBy, @Nullable LocalDate fileBy, boolean signedLate,
            Contract.Delivery delivery, UUID budgetLine, @Nullable LocalDate publishedOn, @Nullable LocalDate filedOn,
            @Nullable LocalDate closedOn, @Nullable String terminationReason) {

        /** A row as drafted: not signed. */
        Row(UUID id, UUID procedureId, String procedureReference, int lot, Contract.Party purchaser, Contract.Party provider,
                String catalogueCode,
                String serviceTitle, @Nullable String serviceDescription, BigDecimal price, Contract.Status status, Instant awardedAt,
                LocalDate awardNoticeOn, LocalDate signBy, ServicePeriod term, @Nullable String settlement, @Nullable String liabilities,
                @Nullable BigDecimal performanceBond, Instant draftedAt, Contract.Delivery delivery, UUID budgetLine) {
            this(id, procedureId, procedureReference, lot, purchaser, provider, catalogueCode, serviceTitle, serviceDescription, price,
                    status, awardedAt, awardNoticeOn, signBy, term, settlement, liabilities, performanceBond, draftedAt, null,
                    null, 0, null, null, null, false, delivery, budgetLine, null, null, null, null);
        }
    }

    /** The editable parts of a draft, as one change. */
    record Parts(ServicePeriod term, @Nullable String settlement, @Nullable String liabilities, @Nullable BigDecimal performanceBond,
            Contract.Delivery delivery) {
    }

    private static final String ROW = """
            SELECT id, procedure_id, procedure_reference, lot_number, purchaser_id, provider_id, purchaser_name_zh, purchaser_name_en,
                   provider_name_zh, provider_name_en, catalogue_code, service_title,
                   service_description, price, status, awarded_at, award_notice_on, sign_by, term_start, term_months,
                   stable_service, stable_justification, settlement, liabilities, performance_bond, drafted_at, withdrawn_at,
                   withdrawn_reason, version, signed_on, publish_by, file_by, signed_late, quantity, unit_price, payment_days,
                   serves_public, final_excellent, final_good, final_fair, final_poor, budget_line_id, published_on, filed_on,
                   closed_on, termination_reason
            FROM contract""";

    private final JdbcClient jdbc;

    ContractRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(UUID procedure, int lot, UUID provider, Instant awardedAt) {
        return jdbc.sql("SELECT COUNT(*) FROM contract WHERE procedure_id = :p AND lot_number = :lot AND provider_id = :provider"
                + " AND awarded_at = :at").param("p", procedure).param("lot", lot).param("provider", provider)
                .param("at", utc(awardedAt)).query(Integer.class).single() > 0;
    }

    /** A new draft, holding the lot's budget of the request's committed money. */
    void insert(Row row, BigDecimal budgetHeld, List<Milestone> milestones, IndicatorSet indicators) {
        jdbc.sql("""
                INSERT INTO contract (id, procedure_id, procedure_reference, lot_number, purchaser_id, provider_id,
                                      purchaser_name_zh, purchaser_name_en, provider_name_zh, provider_name_en, catalogue_code,
                                      service_title, service_description, price, status, awarded_at, award_notice_on, sign_by,
                                      term_start, term_months, stable_service, stable_justification, settlement, liabilities,
                                      performance_bond, drafted_at, version, quantity, unit_price, payment_days, serves_public,
                                      final_excellent, final_good, final_fair, final_poor, budget_line_id, budget_held)
                VALUES (:id, :p, :ref, :lot, :purchaser, :provider, :purchaserZh, :purchaserEn, :providerZh, :providerEn, :code, :title,
                        :description, :price, :status, :awarded, :notice, :signBy, :start, :months, :stable, :justification, :settlement,
                        :liabilities, :bond, :drafted, 0, :quantity, :unitPrice, :paymentDays, :servesPublic, :excellent, :good, :fair,
                        :poor, :budgetLine, :held)""")
                .param("id", row.id()).param("p", row.procedureId()).param("ref", row.procedureReference()).param("lot", row.lot())
                .param("purchaser", row.purchaser().organizationId()).param("provider", row.provider().organizationId())
                .param("purchaserZh", row.purchaser().nameZh()).param("purchaserEn", row.purchaser().nameEn())
                .param("providerZh", row.provider().nameZh()).param("providerEn", row.provider().nameEn()).param("code", row.catalogueCode())
                .param("title", row.serviceTitle()).param("description", row.serviceDescription()).param("price", row.price())
                .param("status", row.status().name()).param("awarded", utc(row.awardedAt())).param("notice", row.awardNoticeOn())
                .param("signBy", row.signBy()).param("start", row.term().start()).param("months", row.term().months())
                .param("stable", row.term().stableService()).param("justification", row.term().justification())
                .param("settlement", row.settlement()).param("liabilities", row.liabilities()).param("bond", row.performanceBond())
                .param("drafted", utc(row.draftedAt())).param("quantity", row.delivery().quantity())
                .param("unitPrice", row.delivery().unitPrice()).param("paymentDays", row.delivery().paymentDays())
                .param("servesPublic", row.delivery().servesPublic()).params(finalInstalment(row.delivery()))
                .param("budgetLine", row.budgetLine()).param("held", budgetHeld).update();
        replaceMilestones(row.id(), milestones);
        replaceIndicators(row.id(), indicators);
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(ROW + " WHERE id = :id").param("id", id).query(ContractRecords::row).optional();
    }

    /** Every contract, newest first: for the finance bureau and auditors. */
    List<Row> all() {
        return jdbc.sql(ROW + " ORDER BY drafted_at DESC, id").query(ContractRecords::row).list();
    }

    /** The published contracts, the latest published first, at most {@code limit}. */
    List<Row> published(int limit) {
        return jdbc.sql(ROW + " WHERE published_on IS NOT NULL ORDER BY published_on DESC, signed_on DESC, id LIMIT :limit")
                .param("limit", limit).query(ContractRecords::row).list();
    }

    /** The contracts of one purchasing department, newest first. */
    List<Row> ofPurchaser(UUID organization) {
        return jdbc.sql(ROW + " WHERE purchaser_id = :org ORDER BY drafted_at DESC, id").param("org", organization)
                .query(ContractRecords::row).list();
    }

    /** The contracts of one provider, newest first. */
    List<Row> ofProvider(UUID organization) {
        return jdbc.sql(ROW + " WHERE provider_id = :org ORDER BY drafted_at DESC, id").param("org", organization)
                .query(ContractRecords::row).list();
    }

    /** The draft's parts change once, from the version read, while it is a draft. */
    boolean change(UUID id, int version, Parts parts) {
        return jdbc.sql("""
                UPDATE contract SET term_start = :start, term_months = :months, stable_service = :stable,
                       stable_justification = :justification, settlement = :settlement, liabilities = :liabilities,
                       performance_bond = :bond, quantity = :quantity, unit_price = :unitPrice, payment_days = :paymentDays,
                       serves_public = :servesPublic, final_excellent = :excellent, final_good = :good, final_fair = :fair,
                       final_poor = :poor, version = version + 1
                WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("quantity", parts.delivery().quantity()).param("unitPrice", parts.delivery().unitPrice())
                .param("paymentDays", parts.delivery().paymentDays()).param("servesPublic", parts.delivery().servesPublic())
                .params(finalInstalment(parts.delivery()))
                .param("start", parts.term().start()).param("months", parts.term().months())
                .param("stable", parts.term().stableService()).param("justification", parts.term().justification())
                .param("settlement", parts.settlement()).param("liabilities", parts.liabilities()).param("bond", parts.performanceBond())
                .param("id", id).param("version", version).update() == 1;
    }

    /** Takes the draft's version for a change of its milestones or indicators, once. */
    boolean touch(UUID id, int version) {
        return jdbc.sql("UPDATE contract SET version = version + 1 WHERE id = :id AND version = :version AND status = 'DRAFT'")
                .param("id", id).param("version", version).update() == 1;
    }

    /** The contract, its row locked until the transaction ends: a signature and an edit or a withdrawal are ordered. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql(ROW + " WHERE id = :id FOR UPDATE").param("id", id).query(ContractRecords::row).optional();
    }

    /** A party signed the draft: its version moves, so that an edit made on the version read before fails. */
    boolean signing(UUID id) {
        return jdbc.sql("UPDATE contract SET version = version + 1 WHERE id = :id AND status = 'DRAFT'").param("id", id).update() == 1;
    }

    /** Both parties signed: the contract is SIGNED on its day, with the days to publish and to file it, once. */
    boolean signed(UUID id, LocalDate signedOn, LocalDate publishBy, LocalDate fileBy, boolean late) {
        return jdbc.sql("""
                UPDATE contract SET status = 'SIGNED', signed_on = :on, publish_by = :publishBy, file_by = :fileBy, signed_late = :late,
                       version = version + 1
                WHERE id = :id AND status = 'DRAFT'""").param("on", signedOn).param("publishBy", publishBy).param("fileBy", fileBy)
                .param("late", late).param("id", id).update() == 1;
    }

    /** The contract this one renews, if it is a renewal. */
    Optional<UUID> renewalOf(UUID id) {
        return jdbc.sql("SELECT renewal_of FROM contract WHERE id = :id AND renewal_of IS NOT NULL").param("id", id).query(UUID.class)
                .optional();
    }

    /** Whether a renewal not withdrawn was drafted from the contract. */
    boolean renewed(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM contract WHERE renewal_of = :id AND status <> 'WITHDRAWN'").param("id", id)
                .query(Integer.class).single() > 0;
    }

    void renews(UUID renewal, UUID last) {
        jdbc.sql("UPDATE contract SET renewal_of = :last WHERE id = :id").param("last", last).param("id", renewal).update();
    }

    /** The drafts of a cancelled award: withdrawn, kept. */
    List<UUID> withdraw(UUID procedure, int lot, UUID provider, Instant at, String reason) {
        List<UUID> drafts = jdbc.sql("""
                SELECT id FROM contract WHERE procedure_id = :p AND lot_number = :lot AND provider_id = :provider AND status = 'DRAFT'
                ORDER BY id FOR UPDATE""").param("p", procedure).param("lot", lot).param("provider", provider).query(UUID.class).list();
        List<UUID> withdrawn = new ArrayList<>();
        for (UUID id : drafts) {
            int changed = jdbc.sql("""
                    UPDATE contract SET status = 'WITHDRAWN', withdrawn_at = :at, withdrawn_reason = :reason, version = version + 1
                    WHERE id = :id AND status = 'DRAFT'""").param("at", utc(at)).param("reason", reason).param("id", id).update();
            if (changed == 1) {
                withdrawn.add(id);
            }
        }
        return withdrawn;
    }

    List<Milestone> milestones(UUID contract) {
        return jdbc.sql("SELECT deliverable, due_on, share, advance_payment FROM contract_milestone WHERE contract_id = :c ORDER BY ordinal")
                .param("c", contract).query((rs, n) -> new Milestone(rs.getString("deliverable"), rs.getObject("due_on", LocalDate.class),
                        rs.getBigDecimal("share"), rs.getBoolean("advance_payment"))).list();
    }

    void replaceMilestones(UUID contract, List<Milestone> milestones) {
        jdbc.sql("DELETE FROM contract_milestone WHERE contract_id = :c").param("c", contract).update();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            jdbc.sql("""
                    INSERT INTO contract_milestone (contract_id, ordinal, deliverable, due_on, share, advance_payment)
                    VALUES (:c, :ordinal, :deliverable, :due, :share, :advance)""").param("c", contract).param("ordinal", i + 1)
                    .param("deliverable", m.deliverable()).param("due", m.due()).param("share", m.share()).param("advance", m.advance())
                    .update();
        }
    }

    IndicatorSet indicators(UUID contract) {
        record GroupRow(Dimension dimension, BigDecimal weight) {
        }
        List<GroupRow> groups = jdbc.sql("SELECT dimension, weight FROM contract_indicator_group WHERE contract_id = :c ORDER BY ordinal")
                .param("c", contract).query((rs, n) -> new GroupRow(Dimension.valueOf(rs.getString("dimension")), rs.getBigDecimal("weight")))
                .list();
        List<IndicatorGroup> set = new ArrayList<>();
        for (GroupRow group : groups) {
            List<Indicator> indicators = jdbc.sql("""
                    SELECT name_zh, name_en, weight, target, scoring, target_value, bands FROM contract_indicator
                    WHERE contract_id = :c AND dimension = :d ORDER BY ordinal""").param("c", contract).param("d", group.dimension().name())
                    .query((rs, n) -> new Indicator(rs.getString("name_zh"), rs.getString("name_en"), rs.getBigDecimal("weight"),
                            rs.getString("target"), rule(rs))).list();
            set.add(new IndicatorGroup(group.dimension(), group.weight(), indicators));
        }
        return new IndicatorSet(set);
    }

    void replaceIndicators(UUID contract, IndicatorSet set) {
        jdbc.sql("DELETE FROM contract_indicator WHERE contract_id = :c").param("c", contract).update();
        jdbc.sql("DELETE FROM contract_indicator_group WHERE contract_id = :c").param("c", contract).update();
        for (int g = 0; g < set.groups().size(); g++) {
            IndicatorGroup group = set.groups().get(g);
            jdbc.sql("INSERT INTO contract_indicator_group (contract_id, ordinal, dimension, weight) VALUES (:c, :ordinal, :d, :w)")
                    .param("c", contract).param("ordinal", g + 1).param("d", group.dimension().name()).param("w", group.weight()).update();
            for (int i = 0; i < group.indicators().size(); i++) {
                Indicator indicator = group.indicators().get(i);
                ScoringRule rule = indicator.rule();
                BigDecimal targetValue = rule instanceof ScoringRule.Linear linear ? linear.target()
                        : rule instanceof ScoringRule.Threshold threshold ? threshold.threshold() : null;
                jdbc.sql("""
                        INSERT INTO contract_indicator (contract_id, dimension, ordinal, name_zh, name_en, weight, target, scoring,
                                                        target_value, bands)
                        VALUES (:c, :d, :ordinal, :zh, :en, :w, :target, :scoring, :value, :bands)""").param("c", contract)
                        .param("d", group.dimension().name()).param("ordinal", i + 1).param("zh", indicator.nameZh())
                        .param("en", indicator.nameEn()).param("w", indicator.weight()).param("target", indicator.target())
                        .param("scoring", rule.kind().name()).param("value", targetValue)
                        .param("bands", rule instanceof ScoringRule.Banded banded ? banded.format() : null).update();
            }
        }
    }

    private static ScoringRule rule(ResultSet rs) throws SQLException {
        return switch (ScoringRule.Kind.valueOf(rs.getString("scoring"))) {
            case LINEAR -> new ScoringRule.Linear(rs.getBigDecimal("target_value"));
            case THRESHOLD -> new ScoringRule.Threshold(rs.getBigDecimal("target_value"));
            case BANDED -> ScoringRule.Banded.parse(rs.getString("bands"));
            case JUDGEMENT -> new ScoringRule.Judgement();
        };
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("procedure_id", UUID.class), rs.getString("procedure_reference"),
                rs.getInt("lot_number"), new Contract.Party(rs.getObject("purchaser_id", UUID.class), rs.getString("purchaser_name_zh"),
                        rs.getString("purchaser_name_en")),
                new Contract.Party(rs.getObject("provider_id", UUID.class), rs.getString("provider_name_zh"),
                        rs.getString("provider_name_en")),
                rs.getString("catalogue_code"), rs.getString("service_title"), rs.getString("service_description"),
                rs.getBigDecimal("price"), Contract.Status.valueOf(rs.getString("status")), instant(rs, "awarded_at"),
                rs.getObject("award_notice_on", LocalDate.class), rs.getObject("sign_by", LocalDate.class),
                new ServicePeriod(rs.getObject("term_start", LocalDate.class), rs.getInt("term_months"), rs.getBoolean("stable_service"),
                        rs.getString("stable_justification")),
                rs.getString("settlement"), rs.getString("liabilities"), rs.getBigDecimal("performance_bond"), instant(rs, "drafted_at"),
                instant(rs, "withdrawn_at"), rs.getString("withdrawn_reason"), rs.getInt("version"),
                rs.getObject("signed_on", LocalDate.class), rs.getObject("publish_by", LocalDate.class),
                rs.getObject("file_by", LocalDate.class), rs.getBoolean("signed_late"),
                new Contract.Delivery(rs.getString("quantity"), rs.getBigDecimal("unit_price"), rs.getInt("payment_days"),
                        rs.getBoolean("serves_public"), rs.getBigDecimal("final_excellent") == null ? null
                                : new FinalInstalment(rs.getBigDecimal("final_excellent"), rs.getBigDecimal("final_good"),
                                        rs.getBigDecimal("final_fair"), rs.getBigDecimal("final_poor"))),
                rs.getObject("budget_line_id", UUID.class), rs.getObject("published_on", LocalDate.class),
                rs.getObject("filed_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class), rs.getString("termination_reason"));
    }

    /** The final-instalment clause's four percents, all null when the contract has none. */
    private static Map<String, @Nullable Object> finalInstalment(Contract.Delivery delivery) {
        FinalInstalment clause = delivery.finalInstalment();
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("excellent", clause == null ? null : clause.excellent());
        params.put("good", clause == null ? null : clause.good());
        params.put("fair", clause == null ? null : clause.fair());
        params.put("poor", clause == null ? null : clause.poor());
        return params;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
