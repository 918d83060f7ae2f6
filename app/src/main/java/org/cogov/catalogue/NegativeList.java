package org.cogov.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NegativeList {

    private final JdbcClient jdbc;

    NegativeList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NegativeListItem> all() {
        Map<Integer, List<String>> keywords = jdbc.sql("SELECT item_number, keyword FROM negative_list_keyword ORDER BY keyword")
                .query((rs, n) -> Map.entry(rs.getInt("item_number"), rs.getString("keyword"))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                SELECT item_number, text_zh, text_en, legal_basis_zh, legal_basis_en, version
                FROM negative_list_item ORDER BY item_number
                """)
                .query((rs, n) -> new NegativeListItem(rs.getInt("item_number"), rs.getString("text_zh"),
                        rs.getString("text_en"), rs.getString("legal_basis_zh"), rs.getString("legal_basis_en"),
                        keywords.getOrDefault(rs.getInt("item_number"), List.of()), rs.getInt("version")))
                .list();
    }

    Optional<NegativeListItem> find(int number) {
        return all().stream().filter(item -> item.number() == number).findFirst();
    }

    /** @return false if the item changed meanwhile */
    boolean reword(int number, int version, String textZh, String textEn, String legalBasisZh, String legalBasisEn) {
        return jdbc.sql("""
                UPDATE negative_list_item SET text_zh = :textZh, text_en = :textEn, legal_basis_zh = :basisZh,
                                              legal_basis_en = :basisEn, version = version + 1
                WHERE item_number = :number AND version = :version
                """)
                .param("textZh", textZh).param("textEn", textEn).param("basisZh", legalBasisZh)
                .param("basisEn", legalBasisEn).param("number", number).param("version", version)
                .update() == 1;
    }
}
