package org.cogov.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.experts.Expert;
import org.cogov.procurement.experts.ExpertPool;
import org.cogov.registry.CreditCode;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.registry.PersonRecord;
import org.cogov.registry.Profile;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;

/**
 * The expert pool that the finance bureau keeps: sixteen experts of colleges, the academy of social sciences,
 * research and evaluation institutes and firms, each with an account of role EXPERT (password as every demo user's),
 * specialties over the demo catalogue, and the stories a draw is about — the professor who sat on the logistics
 * association's council until 2024 (the demo user {@code expert}), the two college lecturers who declared their ties,
 * a commerce bureau official whom its own procedures never draw, one on leave for the next weeks and one who takes no
 * draws for now. Enough experts cover industry statistics and monitoring (0301) that a panel of five can be drawn for
 * the consultation the commerce bureau opened in the past year.
 */
final class DemoExperts {

    /** The academy is not among the organizations of the demo's file: it employs experts, and neither buys nor supplies. */
    static final String ACADEMY_CODE = "12330100MB0000195";

    record Member(String name, String username, String employer, List<String> specialties, boolean available) {
    }

    static final List<Member> POOL = List.of(
            new Member("吴文博", "expert", "澜江职业技术学院", List.of("03", "0402"), true),
            new Member("杜晓光", "expert-duxiaoguang", "澜江职业技术学院", List.of("0307", "0102"), true),
            new Member("戴红梅", "expert-daihongmei", "澜江职业技术学院", List.of("0104", "0105"), true),
            new Member("沈佳慧", "expert-shenjiahui", "澜江职业技术学院", List.of("0307", "030102"), true),
            new Member("陈思远", "expert-chensiyuan", "澜江市社会科学院", List.of("0301", "0303"), true),
            new Member("许文静", "expert-xuwenjing", "澜江市社会科学院", List.of("03", "0501"), true),
            new Member("程浩", "expert-chenghao", "澜江市社会科学院", List.of("0301", "0302", "0304"), true),
            new Member("林志强", "expert-linzhiqiang", "澜江市智汇产业研究院", List.of("0301", "0305"), true),
            new Member("黄晓燕", "expert-huangxiaoyan", "澜江公正绩效评价研究院", List.of("0502", "0301"), true),
            new Member("任晓明", "expert-renxiaoming", "澜江公正绩效评价研究院", List.of("03", "0502"), true),
            new Member("钱国栋", "expert-qianguodong", "澜江信达第三方评估有限公司", List.of("0502", "0503", "0301"), true),
            new Member("方静怡", "expert-fangjingyi", "澜江天平工程咨询有限公司", List.of("0302", "0401"), true),
            new Member("邹建明", "expert-zoujianming", "澜江数智科技有限公司", List.of("0402", "0403", "030101"), true),
            new Member("胡丽萍", "expert-huliping", "澜江市会展服务中心", List.of("0305", "050401"), true),
            new Member("夏雨晴", "expert-xiayuqing", "澜江市智汇产业研究院", List.of("0303", "0305"), false),
            new Member("邓立群", "expert-denglq", "澜江市商务局", List.of("0301", "0306"), true));

    private DemoExperts() {
    }

    /**
     * Enrols the pool once, as the finance bureau would, before the city's past year, whose panels are drawn from it;
     * {@code today} is the day the city is made, from which the leave of one expert is counted.
     */
    static void record(ExpertPool pool, Registry registry, People people, UserProvisioning users, Actor registrar, Actor finance,
            LocalDate today) {
        if (!pool.experts(finance).isEmpty()) {
            return;
        }
        String academyCode = ACADEMY_CODE + CreditCode.checkCharacter(ACADEMY_CODE);
        registry.organizationByCreditCode(academyCode).orElseGet(() -> registry.register(new Organization(
                new OrganizationId(UUID.randomUUID()), academyCode, "澜江市社会科学院", "Lanjiang Academy of Social Sciences",
                OrganizationKind.PUBLIC_INSTITUTION_I), new Profile("陆明远", DemoCity.authorityOf(academyCode),
                        LocalDate.of(1985, 4, 12), "澜江市上城区学士路 18 号", "院办公室", "0571-8700 1985", null)));
        List<Organization> city = registry.organizations();
        for (Member member : POOL) {
            OrganizationId employer = city.stream().filter(o -> o.nameZh().equals(member.employer())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no organization " + member.employer())).id();
            if (!users.exists(member.username())) {
                users.provision(employer.value(), member.username(), member.name(), DemoCity.PASSWORD, Set.of(Role.EXPERT),
                        "zh-CN", null);
            }
            UUID user = users.actingAs(member.username()).userId();
            Expert expert = pool.enrol(finance, new ExpertPool.Enrolment(person(people, registrar, member.name()), user, employer,
                    Set.copyOf(member.specialties()), member.available()));
            if (member.username().equals("expert-qianguodong")) {
                pool.addUnavailability(finance, expert.id(), today, today.plusDays(20), "出国访学 (visiting scholar abroad)");
            }
        }
    }

    /** The registry's person of the name: the one imported or recorded already, or a new one. */
    private static PersonId person(People people, Actor registrar, String name) {
        List<PersonRecord.Summary> found = people.find(registrar, name, null, 10).stream().filter(p -> p.name().equals(name))
                .toList();
        return found.isEmpty() ? people.record(registrar, name) : new PersonId(found.get(0).id());
    }
}
