package org.cogov.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.cogov.registry.CivilService;
import org.cogov.registry.CreditListEntry;
import org.cogov.registry.HostTie;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.PersonId;
import org.cogov.registry.Position;
import org.cogov.registry.Post;
import org.cogov.registry.ProcurementBan;
import org.cogov.registry.People;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Tenure;
import org.cogov.shared.Actor;

/**
 * The demo city's separation-of-roles stories, recorded as its registrar and its finance bureau
 * would: an association decoupled from its former host, one still hosted, one still supervised, a
 * serving and a retired official on association boards, the two credit lists, a procurement ban,
 * ratings (one expired) and government's share of revenue.
 */
final class DemoTies {

    private DemoTies() {
    }

    static void record(Suppliers suppliers, People people, Actor registrar, Actor finance, List<Organization> city) {
        Function<String, OrganizationId> named = name -> city.stream().filter(o -> o.nameZh().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no organization " + name)).id();
        OrganizationId commerce = named.apply("澜江市商务局");
        OrganizationId health = named.apply("澜江市卫生健康委员会");
        OrganizationId transport = named.apply("澜江市交通运输局");

        suppliers.recordHostTie(registrar, named.apply("澜江市物流行业协会"),
                new HostTie(commerce, HostTie.Role.HOST, LocalDate.of(2019, 12, 31)));
        suppliers.recordHostTie(registrar, named.apply("澜江市会展行业协会"), new HostTie(commerce, HostTie.Role.HOST, null));
        suppliers.recordHostTie(registrar, named.apply("澜江市中医药行业协会"),
                new HostTie(health, HostTie.Role.SUPERVISING_ORGAN, null));

        OrganizationId ecommerce = named.apply("澜江市电子商务行业协会");
        PersonId servingOfficial = people.record(registrar, "何建军");
        people.recordCivilService(registrar, new CivilService(servingOfficial, commerce, null));
        suppliers.recordPosition(registrar, new Position(servingOfficial, ecommerce, Post.VICE_PRESIDENT,
                Tenure.since(LocalDate.of(2022, 4, 1))));

        OrganizationId roadTransport = named.apply("澜江市道路运输行业协会");
        PersonId retiredOfficial = people.record(registrar, "马德明");
        people.recordCivilService(registrar, new CivilService(retiredOfficial, transport, LocalDate.of(2024, 6, 30)));
        suppliers.recordPosition(registrar, new Position(retiredOfficial, roadTransport, Post.PRESIDENT,
                Tenure.since(LocalDate.of(2024, 9, 1))));

        OrganizationId logistics = named.apply("澜江市物流行业协会");
        PersonId secretaryGeneral = people.record(registrar, "赵明");
        suppliers.recordPosition(registrar, new Position(secretaryGeneral, logistics, Post.SECRETARY_GENERAL,
                Tenure.since(LocalDate.of(2018, 3, 1))));
        PersonId professor = people.record(registrar, "吴文博");
        suppliers.recordPosition(registrar, new Position(professor, logistics, Post.COUNCIL_MEMBER,
                Tenure.between(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31))));

        suppliers.recordCreditListEntry(registrar, named.apply("澜江市广告行业协会"),
                new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2026, 5, 10), null),
                "未按时提交 2025 年度工作报告 (annual report not filed)");
        suppliers.recordCreditListEntry(registrar, named.apply("澜江市印刷行业协会"),
                new CreditListEntry(CreditListEntry.CreditList.SERIOUS_DISHONESTY, LocalDate.of(2025, 9, 1), null),
                "罚款 8 万元 (fine of CNY 80,000)");
        suppliers.recordRating(registrar, logistics, 5, LocalDate.of(2023, 11, 20));
        suppliers.recordRating(registrar, named.apply("澜江市软件行业协会"), 4, LocalDate.of(2021, 6, 8));
        suppliers.recordRating(registrar, named.apply("澜江市养老服务行业协会"), 3, LocalDate.of(2019, 9, 1));
        suppliers.recordRevenueShare(registrar, logistics, 2024, new BigDecimal("18.50"));
        suppliers.recordRevenueShare(registrar, logistics, 2025, new BigDecimal("12.00"));
        suppliers.recordRevenueShare(registrar, named.apply("澜江市会展行业协会"), 2025, new BigDecimal("64.30"));
        suppliers.recordBan(finance, named.apply("澜江远景市场调查有限公司"), ProcurementBan.ofYears(LocalDate.of(2026, 3, 1), 1),
                "提供虚假材料谋取成交 (false documents to win a contract, GPL Art. 77)");
    }
}
