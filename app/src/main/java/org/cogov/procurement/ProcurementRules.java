package org.cogov.procurement;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rule table, read whole (a few dozen rows), for the region this platform serves. */
@Repository
public class ProcurementRules {

    private final JdbcClient jdbc;
    private final String region;

    ProcurementRules(JdbcClient jdbc, @Value("${cogov.procurement.region:LANJIANG}") String region) {
        this.jdbc = jdbc;
        this.region = region;
    }

    public Rulebook rulebook() {
        List<ProcurementRule> rules = jdbc.sql("""
                SELECT id, rule, method, region, effective_from, quantity, unit, legal_basis_zh, legal_basis_en
                FROM procurement_rule ORDER BY id""")
                .query((rs, n) -> new ProcurementRule(rs.getInt("id"), ProcurementRule.Name.valueOf(rs.getString("rule")),
                        rs.getString("method") == null ? null : Method.valueOf(rs.getString("method")), rs.getString("region"),
                        rs.getObject("effective_from", java.time.LocalDate.class), rs.getBigDecimal("quantity"),
                        ProcurementRule.Unit.valueOf(rs.getString("unit")), rs.getString("legal_basis_zh"),
                        rs.getString("legal_basis_en")))
                .list();
        return new Rulebook(rules, region);
    }
}
