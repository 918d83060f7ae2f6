package org.cogov.planning;

import java.time.LocalDate;

import org.cogov.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The planning numbers of RULES.md, read from their table as they stand on a day. */
@Repository
class PlanningRules {

    private record Row(int quantity, Bilingual legalBasis) {
    }

    private final JdbcClient jdbc;

    PlanningRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ContractTerm.Limits termLimits(LocalDate day) {
        Row normal = rule("TERM_NORMAL_YEARS", day);
        return new ContractTerm.Limits(normal.quantity(), rule("TERM_STABLE_SERVICE_YEARS", day).quantity(), normal.legalBasis());
    }

    private Row rule(String rule, LocalDate day) {
        return jdbc.sql("""
                SELECT quantity, legal_basis_zh, legal_basis_en FROM planning_rule
                WHERE rule = :rule AND effective_from <= :day ORDER BY effective_from DESC LIMIT 1""")
                .param("rule", rule).param("day", day)
                .query((rs, n) -> new Row(rs.getInt("quantity"), new Bilingual(rs.getString("legal_basis_zh"),
                        rs.getString("legal_basis_en"))))
                .optional().orElseThrow(() -> new IllegalStateException("the planning rule table has no " + rule + " on " + day));
    }
}
