package org.cogov.catalogue;

import java.time.LocalDate;
import java.util.List;

/** A small catalogue and the negative list as the migration seeds it, for rule tests without a database. */
final class Catalogues {

    static final LocalDate SINCE = LocalDate.of(2020, 3, 1);

    static final List<CatalogueItem> SMALL = List.of(
            item("03", "行业管理与协调性服务", SINCE, null, null),
            item("0301", "行业统计分析", SINCE, null, null),
            item("030101", "行业统计调查", SINCE, null, null),
            item("0307", "职业培训和技能评价", SINCE, null, null),
            item("030701", "行业从业人员培训", SINCE, null, null),
            item("030799", "将于明年施行的新条目", LocalDate.of(2027, 1, 1), null, null),
            item("030702", "2025年底终止的条目", SINCE, LocalDate.of(2025, 12, 31), null),
            item("05", "政府履职辅助性服务", SINCE, null, null),
            item("0599", "已终止的类别", SINCE, LocalDate.of(2024, 6, 30), null),
            item("059901", "已终止类别下的条目", SINCE, null, null),
            item("0598", "列入负面清单的事项", SINCE, null, null),
            item("059801", "本单位编外人员劳务派遣", SINCE, null, 5));

    static final List<NegativeListItem> NEGATIVE_LIST = List.of(
            negative(1, List.of()),
            negative(2, List.of("行政许可", "enforcement")),
            negative(3, List.of("货物", "construction")),
            negative(4, List.of("融资", "financing")),
            negative(5, List.of("劳务派遣", "labour dispatch")),
            negative(6, List.of()));

    static final Purchasability RULE = new Purchasability(SMALL, NEGATIVE_LIST);

    private Catalogues() {
    }

    static CatalogueItem item(String code, String nameZh, LocalDate from, LocalDate to, Integer excludedAs) {
        return new CatalogueItem(code, nameZh, "item " + code, null, excludedAs, from, to, 0);
    }

    private static NegativeListItem negative(int number, List<String> keywords) {
        return new NegativeListItem(number, "负面清单第" + number + "项", "negative-list item " + number,
                "《政府购买服务管理办法》（财政部令第102号）第十条", "MoF Order No. 102, Art. 10 (" + number + ")", keywords, 0);
    }
}
