package org.cogov.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cogov.identity.Role;
import org.cogov.identity.UserProvisioning;
import org.cogov.planning.Budgets;
import org.cogov.planning.PurchaseRequests;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.Publication;
import org.cogov.procurement.custody.CustodianKeys;
import org.cogov.procurement.bidding.Bidding;
import org.cogov.procurement.experts.ExpertPool;
import org.cogov.registry.CreditCode;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Profile;
import org.cogov.registry.Registry;
import org.cogov.registry.People;
import org.cogov.registry.Suppliers;
import org.cogov.shared.Actor;
import org.cogov.shared.document.Documents;
import org.cogov.shared.time.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lanjiang (澜江市), a city that buys services from its associations: one organization for every role
 * and a user in each, so that every screen can be tried at once. Loaded once; a restart keeps what
 * the demo users changed. The README lists the users, their password, the TOTP keys and the custodians'
 * passphrases.
 */
@Component
@ConditionalOnBooleanProperty("cogov.demo.enabled")
class DemoCity implements ApplicationRunner {

    static final String PASSWORD = "Lanjiang-demo-2026";

    /** The officials the demo names custodians of its procedures; each enrols a custodian key when the city is made. */
    static final List<String> CUSTODIANS = List.of("purchaser", "finance", "registrar", "auditor");
    static final String ADMIN_TOTP = "7U7FAUEUC56UU573SHURZBXNOSR2BG7Y";
    static final String FINANCE_TOTP = "QCR24IOFQSS2MVROGTLBFD34FC5QSWGO";

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

    record Member(String creditCodePrefix, String nameZh, String nameEn, OrganizationKind kind, String username,
            String displayName, Role role, String locale, String totp, String representative, String district) {
    }

    static final List<Member> MEMBERS = List.of(
            new Member("11330100MB0000001", "澜江市政务服务和数据管理局", "Lanjiang Government Services and Data Bureau",
                    OrganizationKind.PLATFORM_OPERATOR, "admin", "周平台", Role.ADMIN, "zh-CN", ADMIN_TOTP, "陈建国", "滨江"),
            new Member("11330100MB0000002", "澜江市财政局", "Lanjiang Municipal Finance Bureau",
                    OrganizationKind.FINANCE_BUREAU, "finance", "钱财政", Role.FINANCE, "zh-CN", FINANCE_TOTP, "林海涛", "滨江"),
            new Member("11330100MB0000003", "澜江市商务局", "Lanjiang Municipal Commerce Bureau",
                    OrganizationKind.DEPARTMENT, "purchaser", "孙采购", Role.PURCHASER, "zh-CN", "", "何立新", "上城"),
            new Member("91330100MA0000004", "澜江公信采购代理有限公司", "Lanjiang Gongxin Procurement Agency Co., Ltd.",
                    OrganizationKind.PROCUREMENT_AGENCY, "agent", "李代理", Role.AGENT, "zh-CN", "", "李志强", "西湖"),
            new Member("11330100MB0000005", "澜江市民政局", "Lanjiang Municipal Civil Affairs Bureau",
                    OrganizationKind.REGISTRATION_AUTHORITY, "registrar", "王登记", Role.REGISTRAR, "zh-CN", "", "王素梅", "上城"),
            new Member("51330100MJ0000006", "澜江市物流行业协会", "Lanjiang Logistics Industry Association",
                    OrganizationKind.INDUSTRY_ASSOCIATION, "provider", "赵秘书长", Role.PROVIDER, "zh-CN", "", "赵明", "滨江"),
            new Member("51330100MJ0000007", "澜江市软件行业协会", "Lanjiang Software Industry Association",
                    OrganizationKind.INDUSTRY_ASSOCIATION, "provider2", "Grace Lin", Role.PROVIDER, "en", "", "林雅", "高新"),
            new Member("12330100MB0000008", "澜江职业技术学院", "Lanjiang Vocational and Technical College",
                    OrganizationKind.PUBLIC_INSTITUTION_II, "expert", "吴教授", Role.EXPERT, "zh-CN", "", "吴文博", "下沙"),
            new Member("52330100MJ0000009", "澜江明鉴绩效评估中心", "Lanjiang Mingjian Performance Evaluation Centre",
                    OrganizationKind.THIRD_PARTY_EVALUATOR, "evaluator", "郑评估", Role.EVALUATOR, "zh-CN", "", "郑清", "西湖"),
            new Member("11330100MB0000010", "澜江市审计局", "Lanjiang Municipal Audit Bureau",
                    OrganizationKind.AUDIT_OFFICE, "auditor", "冯审计", Role.AUDITOR, "zh-CN", "", "冯正", "上城"));

    private final Registry registry;
    private final Suppliers suppliers;
    private final People people;
    private final UserProvisioning users;
    private final DemoPlanning planning;
    private final Budgets budgets;
    private final PurchaseRequests requests;
    private final ProcedureDrafts drafts;
    private final Publication publication;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final DemoStart.Past past;
    private final DemoYear year;
    private final DemoPerformance performance;
    private final CustodianKeys custodianKeys;
    private final Documents documents;
    private final Bidding bidding;
    private final ExpertPool experts;

    DemoCity(Registry registry, Suppliers suppliers, People people, UserProvisioning users, DemoPlanning planning,
            Budgets budgets, PurchaseRequests requests, ProcedureDrafts drafts, Publication publication, WorkingDays workingDays,
            Clock clock, DemoStart.Past past, DemoYear year, DemoPerformance performance, CustodianKeys custodianKeys, Documents documents, Bidding bidding,
            ExpertPool experts) {
        this.experts = experts;
        this.custodianKeys = custodianKeys;
        this.documents = documents;
        this.bidding = bidding;
        this.past = past;
        this.year = year;
        this.performance = performance;
        this.registry = registry;
        this.suppliers = suppliers;
        this.people = people;
        this.users = users;
        this.planning = planning;
        this.budgets = budgets;
        this.requests = requests;
        this.drafts = drafts;
        this.publication = publication;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** A demo custodian's passphrase, listed in the README: {@code <username>-opening-key}. */
    static char[] custodianPassphrase(String username) {
        return (username + "-opening-key").toCharArray();
    }

    /**
     * Who registered an organization, from the first character of its credit code (GB 32100: 1 the
     * establishment office, 5 civil affairs, 9 market regulation, N agriculture).
     */
    static String authorityOf(String creditCode) {
        return switch (creditCode.charAt(0)) {
            case '5' -> "澜江市民政局";
            case '9' -> "澜江市市场监督管理局";
            case 'N' -> "澜江市农业农村局";
            default -> creditCode.startsWith("12") ? "澜江市事业单位登记管理局" : "澜江市委机构编制委员会办公室";
        };
    }

    private static Profile profile(Member member) {
        int n = MEMBERS.indexOf(member) + 1;
        return new Profile(member.representative(), authorityOf(member.creditCodePrefix()), LocalDate.of(2000 + n, n % 12 + 1, n * 2),
                "澜江市" + member.district() + "区人民路 " + (n * 11) + " 号", member.displayName(),
                "0571-8" + String.format("%03d", n) + " 66" + String.format("%02d", n), null);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        int added = 0;
        for (Member member : MEMBERS) {
            String creditCode = member.creditCodePrefix() + CreditCode.checkCharacter(member.creditCodePrefix());
            Organization organization = registry.organizationByCreditCode(creditCode).orElseGet(() -> registry.register(
                    new Organization(new OrganizationId(UUID.randomUUID()), creditCode, member.nameZh(), member.nameEn(),
                            member.kind()), profile(member)));
            if (!users.exists(member.username())) {
                users.provision(organization.id().value(), member.username(), member.displayName(), PASSWORD,
                        Set.of(member.role()), member.locale(), member.totp().isEmpty() ? null : member.totp());
                added++;
            }
        }
        // The custodians enrol their keys before any procedure names them: a share is sealed to each at publication.
        for (String custodian : CUSTODIANS) {
            Actor official = users.actingAs(custodian);
            if (custodianKeys.current(official.userId()).isEmpty()) {
                custodianKeys.enrol(official, custodianPassphrase(custodian), custodianPassphrase(custodian));
            }
        }
        boolean newCity = false;
        for (DemoOrganizations.Entry entry : DemoOrganizations.load()) {
            if (registry.organizationByCreditCode(entry.organization().creditCode()).isEmpty()) {
                registry.register(entry.organization(), entry.profile());
                newCity = true;
            }
        }
        if (newCity) {
            DemoTies.record(suppliers, people, users.actingAs("registrar"), users.actingAs("finance"), registry.organizations());
            DemoPeople.record(people, users.actingAs("registrar"), registry.organizations());
        }
        // The expert pool is there before the past year, whose panels are drawn from it; its leaves are counted from today.
        DemoExperts.record(experts, registry, people, users, users.actingAs("registrar"), users.actingAs("finance"),
                (past.toLive() ? past.end() : clock.instant()).atZone(workingDays.zone()).toLocalDate());
        if (past.toLive()) {
            long started = System.nanoTime();
            DemoYear.Living living = year.living(past.clock(), users);
            performance.live(living, past.end().minus(DemoYear.LENGTH));
            long earlier = System.nanoTime();
            log.info("demo city: its earlier year's contracts are carried out and evaluated in {} ms", (earlier - started) / 1_000_000);
            year.live(living, past.end());
            past.lived();
            log.info("demo city: its past year is lived in {} ms, and its clock has caught up with real time",
                    (System.nanoTime() - earlier) / 1_000_000);
        }
        planning.record(users);
        Actor purchaser = users.actingAs("purchaser");
        if (drafts.procedures(purchaser).stream().noneMatch(p -> p.title().startsWith(DemoProcedures.FIRST))) {
            DemoProcedures.record(budgets, requests, drafts, publication, workingDays, purchaser, users.actingAs("finance"),
                    users.actingAs("agent"), CUSTODIANS.stream().map(users::actingAs).toList(),
                    registry.organizations(), clock.instant().atZone(workingDays.zone()).toLocalDate());
            DemoBids.record(publication, documents, bidding, users.actingAs("provider"), users.actingAs("provider2"));
        }
        if (added > 0) {
            log.info("demo city: {} users added (password and TOTP keys in the README)", added);
        }
    }
}
