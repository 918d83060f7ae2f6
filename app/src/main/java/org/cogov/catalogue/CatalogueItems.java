package org.cogov.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CatalogueItems {

    private static final String COLUMNS =
            "code, name_zh, name_en, description, excluded_as, effective_from, effective_to, version";

    private final JdbcClient jdbc;

    CatalogueItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CatalogueItem> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_item ORDER BY code").query((rs, n) -> map(rs)).list();
    }

    Optional<CatalogueItem> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_item WHERE code = :code").param("code", code)
                .query((rs, n) -> map(rs)).optional();
    }

    void add(CatalogueItem item, Instant at) {
        jdbc.sql("""
                INSERT INTO catalogue_item (code, parent_code, name_zh, name_en, description, kind, excluded_as,
                                            effective_from, effective_to, created_at)
                VALUES (:code, :parent, :nameZh, :nameEn, :description, 'SERVICE', :excludedAs, :from, :to, :at)
                """)
                .param("code", item.code())
                .param("parent", item.parentCode().orElse(null))
                .param("nameZh", item.nameZh())
                .param("nameEn", item.nameEn())
                .param("description", item.description())
                .param("excludedAs", item.excludedAs())
                .param("from", item.effectiveFrom())
                .param("to", item.effectiveTo())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** @return false if the item changed meanwhile */
    boolean rename(String code, int version, String nameZh, String nameEn, @Nullable String description) {
        return jdbc.sql("""
                UPDATE catalogue_item SET name_zh = :nameZh, name_en = :nameEn, description = :description,
                                          version = version + 1
                WHERE code = :code AND version = :version
                """)
                .param("nameZh", nameZh).param("nameEn", nameEn).param("description", description)
                .param("code", code).param("version", version)
                .update() == 1;
    }

    /** @return false if the item changed meanwhile */
    boolean close(String code, int version, LocalDate lastDay) {
        return jdbc.sql("""
                UPDATE catalogue_item SET effective_to = :lastDay, version = version + 1
                WHERE code = :code AND version = :version
                """)
                .param("lastDay", lastDay).param("code", code).param("version", version)
                .update() == 1;
    }

    /**
     * Ends, on the same day, the items under a closed category that would outlive it. Items that start
     * only after that day keep their dates: their closed category already keeps them out of force.
     *
     * @return the codes closed
     */
    List<String> closeUnder(String code, LocalDate lastDay) {
        List<String> codes = jdbc.sql("""
                SELECT code FROM catalogue_item
                WHERE code LIKE :prefix AND code <> :code AND effective_from <= :lastDay
                  AND (effective_to IS NULL OR effective_to > :lastDay)
                ORDER BY code
                """)
                .param("prefix", code + "%").param("code", code).param("lastDay", lastDay)
                .query(String.class).list();
        if (!codes.isEmpty()) {
            jdbc.sql("UPDATE catalogue_item SET effective_to = :lastDay, version = version + 1 WHERE code IN (:codes)")
                    .param("lastDay", lastDay).param("codes", codes).update();
        }
        return codes;
    }

    private static CatalogueItem map(ResultSet rs) throws SQLException {
        return new CatalogueItem(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getString("description"), rs.getObject("excluded_as", Integer.class),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                rs.getInt("version"));
    }
}
