package org.cogov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.cogov.audit.Integrator;
import org.cogov.catalogue.SubjectKind;
import org.cogov.planning.BudgetLineId;
import org.cogov.planning.Budgets;
import org.cogov.planning.ContractTerm;
import org.cogov.planning.PurchaseRequestId;
import org.cogov.planning.PurchaseRequests;
import org.cogov.procurement.Enquiries;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.ReadyDraft;
import org.cogov.shared.Money;
import org.cogov.identity.Role;
import org.cogov.registry.CivilService;
import org.cogov.registry.CreditListEntry;
import org.cogov.registry.DeclaredTie;
import org.cogov.registry.HostTie;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.People;
import org.cogov.registry.PersonId;
import org.cogov.registry.Position;
import org.cogov.registry.Post;
import org.cogov.registry.Profile;
import org.cogov.registry.Registry;
import org.cogov.registry.Suppliers;
import org.cogov.registry.Tenure;
import org.cogov.shared.Sha256;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what, on their own organization's objects and on others': one row per (role,
 * operation, own or foreign object), walked over the API and the pages with the demo city's users.
 * Every refusal must also be a refused audit entry. Each issue that adds an operation adds its rows.
 */
@DatabaseTest
class AccessMatrixTests {

    enum Scope { OWN, FOREIGN }

    /** HIDDEN: another organization's object, answered 404 as if it did not exist. */
    enum Expect { ALLOW, DENY, HIDDEN }

    record Row(Role role, String operation, Scope scope, Expect expect) {
        @Override
        public String toString() {
            return role + " " + expect + " " + operation + " (" + scope + ")";
        }
    }

    /** Makes the request of an operation, as {@code actor}, on {@code target} (a user of the right scope). */
    interface Operation {
        AbstractMockHttpServletRequestBuilder<?> request(AccessMatrixTests test, String actor, UUID target) throws Exception;
    }

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> NO_ROLE = EnumSet.noneOf(Role.class);
    /** Those who keep their own organization's profile; the registrar keeps every one. */
    private static final Set<Role> AUDIT_REDACTORS = EnumSet.of(Role.AUDITOR, Role.ADMIN);
    private static final Set<Role> PROFILE_KEEPERS = EnumSet.of(Role.PROVIDER, Role.EVALUATOR, Role.AGENT, Role.REGISTRAR);
    private static final Set<Role> PROCEDURE_READERS = EnumSet.of(Role.PURCHASER, Role.AGENT, Role.FINANCE, Role.AUDITOR);
    private static final Set<Role> PROCEDURE_DRAFTERS = EnumSet.of(Role.PURCHASER, Role.AGENT);
    private static final Set<Role> PERSONAL_DATA_READERS = EnumSet.of(Role.REGISTRAR, Role.FINANCE, Role.AUDITOR);

    /** The demo city's user of each role. */
    static String demoUser(Role role) {
        return role.name().toLowerCase();
    }

    // operation name, scope, roles allowed (every other role is refused), and the request.
    private static final List<Object[]> TABLE = List.of(
            entry("API: list users", Scope.OWN, EnumSet.of(Role.ADMIN), (t, a, u) -> get("/api/v1/users")),
            entry("page: list users", Scope.OWN, EnumSet.of(Role.ADMIN), (t, a, u) -> get("/admin/users")),
            entry("page: new user form", Scope.OWN, EnumSet.of(Role.ADMIN), (t, a, u) -> get("/admin/users/new")),
            entry("page: roles and permissions", Scope.OWN, EnumSet.of(Role.ADMIN), (t, a, u) -> get("/admin/roles")),
            entry("API: view a user", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/users/" + u)),
            entry("API: view a user", Scope.FOREIGN, EnumSet.of(Role.ADMIN), (t, a, u) -> get("/api/v1/users/" + u)),
            entry("page: edit a user", Scope.FOREIGN, EnumSet.of(Role.ADMIN), (t, a, u) -> get("/admin/users/" + u)),
            entry("API: change a user", Scope.OWN, EnumSet.of(Role.ADMIN), AccessMatrixTests::apiUpdate),
            entry("API: change a user", Scope.FOREIGN, EnumSet.of(Role.ADMIN), AccessMatrixTests::apiUpdate),
            entry("page: change a user", Scope.OWN, EnumSet.of(Role.ADMIN), AccessMatrixTests::pageUpdate),
            entry("page: change a user", Scope.FOREIGN, EnumSet.of(Role.ADMIN), AccessMatrixTests::pageUpdate),
            entry("API: grant roles", Scope.OWN, NO_ROLE, AccessMatrixTests::apiGrant),
            entry("API: grant roles", Scope.FOREIGN, EnumSet.of(Role.ADMIN), AccessMatrixTests::apiGrant),
            entry("page: grant roles", Scope.OWN, NO_ROLE, AccessMatrixTests::pageGrant),
            entry("page: grant roles", Scope.FOREIGN, EnumSet.of(Role.ADMIN), AccessMatrixTests::pageGrant),
            entry("API: unlock a user", Scope.FOREIGN, EnumSet.of(Role.ADMIN),
                    (t, a, u) -> post("/api/v1/users/" + u + "/unlock").with(csrf())),
            entry("API: read one's account", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/account")),
            entry("page: one's account", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/account")),
            entry("API: revoke a token", Scope.FOREIGN, NO_ROLE, AccessMatrixTests::revokeForeignToken),
            entry("page: list organizations", Scope.OWN,
                    EnumSet.of(Role.REGISTRAR, Role.FINANCE, Role.AUDITOR, Role.ADMIN), (t, a, u) -> get("/registry/organizations")),
            entry("page: an organization", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/registry/organizations/" + t.organizationOf(u))),
            entry("API: an organization", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/organizations/" + t.organizationOf(u))),
            entry("API: list organizations", Scope.OWN,
                    EnumSet.of(Role.REGISTRAR, Role.FINANCE, Role.AUDITOR, Role.ADMIN), (t, a, u) -> get("/api/v1/organizations")),
            entry("API: change an organization's profile", Scope.OWN, PROFILE_KEEPERS, AccessMatrixTests::apiProfile),
            entry("API: change an organization's profile", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    AccessMatrixTests::apiProfile),
            entry("page: change an organization's profile", Scope.OWN, PROFILE_KEEPERS, AccessMatrixTests::pageProfile),
            entry("page: change an organization's profile", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    AccessMatrixTests::pageProfile),
            entry("page: registrations to verify", Scope.OWN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> get("/registry/registrations")),
            entry("API: registrations to verify", Scope.OWN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> get("/api/v1/organizations/registrations")),
            entry("API: decide a registration", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/organizations/" + t.pendingRegistration() + "/registration-decision")
                            .contentType(MediaType.APPLICATION_JSON).with(csrf()).content("{\"decision\":\"VERIFIED\"}")),
            entry("page: import organizations", Scope.OWN, EnumSet.of(Role.REGISTRAR), (t, a, u) -> get("/registry/import")),
            entry("API: import organizations", Scope.OWN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/organizations/import").contentType("text/csv").with(csrf())
                            .content(TestCreditCodes.next() + ",INDUSTRY_ASSOCIATION,澜江市矩阵协会,Matrix Association\n")),
            entry("API: eligibility of one's own organization", Scope.OWN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/organizations/" + t.organizationOf(u) + "/eligibility")
                            .param("purchaser", t.organizationOf(t.users.user("purchaser").userId()).toString())),
            entry("API: eligibility of another organization", Scope.FOREIGN,
                    EnumSet.of(Role.PURCHASER, Role.AGENT, Role.FINANCE, Role.REGISTRAR, Role.AUDITOR),
                    (t, a, u) -> get("/api/v1/organizations/" + t.organizationOf(u) + "/eligibility")
                            .param("purchaser", t.organizationOf(t.users.user("purchaser").userId()).toString())),
            entry("API: record a host tie", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/organizations/" + t.freshAssociation() + "/host-ties")
                            .contentType(MediaType.APPLICATION_JSON).with(csrf())
                            .content("{\"organ\":\"" + t.organizationOf(t.users.user("purchaser").userId())
                                    + "\",\"role\":\"HOST\",\"decoupledOn\":\"2019-12-31\"}")),
            entry("API: record a credit-list entry", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/organizations/" + t.freshAssociation() + "/credit-list-entries")
                            .contentType(MediaType.APPLICATION_JSON).with(csrf()).content(
                                    "{\"list\":\"ABNORMAL_ACTIVITY\",\"listedOn\":\"2025-03-01\",\"reason\":\"late annual report\"}")),
            entry("API: bar a supplier", Scope.FOREIGN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> post("/api/v1/organizations/" + t.freshAssociation() + "/bans")
                            .contentType(MediaType.APPLICATION_JSON).with(csrf())
                            .content("{\"from\":\"2026-01-01\",\"years\":1,\"reason\":\"false documents\"}")),
            entry("API: a supplier's record", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/organizations/" + t.organizationOf(u) + "/record")),
            entry("API: rate an organization", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/organizations/" + t.freshAssociation() + "/ratings")
                            .contentType(MediaType.APPLICATION_JSON).with(csrf()).content("{\"grade\":3,\"ratedOn\":\"2025-05-05\"}")),
            entry("API: record government's share of revenue", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/organizations/" + t.freshAssociation() + "/revenue-shares")
                            .contentType(MediaType.APPLICATION_JSON).with(csrf()).content("{\"year\":2025,\"percent\":12.5}")),
            entry("page: enter a supplier in a credit list", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/registry/organizations/" + t.freshAssociation() + "/credit-list-entries").with(csrf())
                            .param("list", "ABNORMAL_ACTIVITY").param("listedOn", "2025-03-01").param("reason", "unreachable")),
            entry("page: rate an organization", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/registry/organizations/" + t.freshAssociation() + "/ratings").with(csrf())
                            .param("grade", "4").param("ratedOn", "2025-05-05")),
            entry("page: bar a supplier", Scope.FOREIGN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> post("/registry/organizations/" + t.freshAssociation() + "/bans").with(csrf())
                            .param("from", "2026-01-01").param("years", "1").param("reason", "false documents")),
            entry("page: record a host organ", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/registry/organizations/" + t.freshAssociation() + "/host-ties").with(csrf())
                            .param("organ", t.organizationOf(t.users.user("purchaser").userId()).toString())
                            .param("role", "HOST").param("decoupledOn", "2019-12-31")),
            entry("page: record a board member", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/registry/organizations/" + t.freshAssociation() + "/officers").with(csrf())
                            .param("name", "矩阵理事").param("post", "COUNCIL_MEMBER").param("from", "2024-01-01")),
            entry("page: record government's share of revenue", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/registry/organizations/" + t.freshAssociation() + "/revenue-shares").with(csrf())
                            .param("year", "2025").param("percent", "20")),
            entry("page: take a supplier off a credit list", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR), (t, a, u) -> {
                UUID association = t.freshAssociation();
                t.suppliers.recordCreditListEntry(t.users.user("registrar"), new OrganizationId(association),
                        new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2025, 1, 5), null), "late");
                UUID entry = t.suppliers.record(t.users.user("registrar"), new OrganizationId(association)).listings().get(0).id();
                return post("/registry/organizations/" + association + "/credit-list-entries/" + entry + "/removal").with(csrf())
                        .param("on", "2025-06-01").param("reason", "report filed");
            }),
            // People are personal data: read by the registrar, finance and auditors; kept by the registrar,
            // declarations also by finance, which keeps the expert pool.
            entry("page: people", Scope.OWN, PERSONAL_DATA_READERS, (t, a, u) -> get("/registry/people")),
            entry("page: a person", Scope.FOREIGN, PERSONAL_DATA_READERS, (t, a, u) -> get("/registry/people/" + t.freshPerson())),
            entry("page: import people", Scope.OWN, EnumSet.of(Role.REGISTRAR), (t, a, u) -> get("/registry/people/import")),
            entry("API: find people", Scope.OWN, PERSONAL_DATA_READERS, (t, a, u) -> get("/api/v1/people").param("name", "矩阵")),
            entry("API: a person", Scope.FOREIGN, PERSONAL_DATA_READERS, (t, a, u) -> get("/api/v1/people/" + t.freshPerson())),
            entry("API: a person's ties to an organization", Scope.FOREIGN, PERSONAL_DATA_READERS,
                    (t, a, u) -> get("/api/v1/people/" + t.freshPerson() + "/ties").param("organization",
                            t.organizationOf(u).toString())),
            entry("API: record a person", Scope.OWN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).with(csrf())
                            .content("{\"name\":\"矩阵人员\"}")),
            entry("API: import people", Scope.OWN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/people/import").contentType("text/csv").with(csrf())
                            .content("M1,矩阵导入," + t.registry.organization(new OrganizationId(t.freshAssociation()))
                                    .orElseThrow().creditCode() + ",理事,2024-01-01\n")),
            entry("API: record a person's service as an official", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/people/" + t.freshPerson() + "/civil-service")
                            .contentType(MediaType.APPLICATION_JSON).with(csrf())
                            .content("{\"organ\":\"" + t.organizationOf(t.users.user("purchaser").userId()) + "\"}")),
            entry("API: record an official's retirement", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR), (t, a, u) -> {
                UUID organ = t.organizationOf(t.users.user("purchaser").userId());
                PersonId person = new PersonId(t.freshPerson());
                t.people.recordCivilService(t.users.user("registrar"), new CivilService(person, new OrganizationId(organ), null));
                return post("/api/v1/people/" + person.value() + "/civil-service/retirement")
                        .contentType(MediaType.APPLICATION_JSON).with(csrf())
                        .content("{\"organ\":\"" + organ + "\",\"on\":\"2025-06-30\"}");
            }),
            entry("API: record a declared tie", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR, Role.FINANCE),
                    (t, a, u) -> post("/api/v1/people/" + t.freshPerson() + "/declared-ties")
                            .contentType(MediaType.APPLICATION_JSON).with(csrf())
                            .content("{\"organization\":\"" + t.freshAssociation()
                                    + "\",\"kind\":\"CONTROLLING_SHAREHOLDER\",\"from\":\"2020-01-01\",\"description\":\"40%\"}")),
            entry("API: end a declared tie", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR, Role.FINANCE), (t, a, u) -> {
                PersonId person = new PersonId(t.freshPerson());
                UUID tie = t.people.declare(t.users.user("registrar"), new DeclaredTie(person,
                        new OrganizationId(t.freshAssociation()), DeclaredTie.Kind.OTHER, Tenure.since(LocalDate.of(2020, 1, 1)),
                        "co-author"));
                return post("/api/v1/people/" + person.value() + "/declared-ties/" + tie + "/end")
                        .contentType(MediaType.APPLICATION_JSON).with(csrf()).content("{\"on\":\"2025-01-01\"}");
            }),
            entry("page: record a declared tie", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR, Role.FINANCE),
                    (t, a, u) -> post("/registry/people/" + t.freshPerson() + "/declared-ties").with(csrf())
                            .param("organization", t.freshAssociation().toString()).param("kind", "OTHER")
                            .param("from", "2020-01-01").param("description", "co-author")),
            entry("page: record a person's post", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/registry/people/" + t.freshPerson() + "/positions").with(csrf())
                            .param("organization", t.freshAssociation().toString()).param("post", "DIRECTOR")
                            .param("from", "2020-01-01")),
            entry("API: record a post", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR),
                    (t, a, u) -> post("/api/v1/organizations/" + t.freshAssociation() + "/positions")
                            .contentType(MediaType.APPLICATION_JSON).with(csrf())
                            .content("{\"person\":\"" + t.freshPerson() + "\",\"post\":\"PRESIDENT\",\"from\":\"2023-01-01\"}")),
            entry("API: end a post", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR), (t, a, u) -> {
                UUID association = t.freshAssociation();
                UUID position = t.suppliers.recordPosition(t.users.user("registrar"), new Position(new PersonId(t.freshPerson()),
                        new OrganizationId(association), Post.DIRECTOR, Tenure.since(LocalDate.of(2020, 1, 1))));
                return post("/api/v1/organizations/" + association + "/positions/" + position + "/end")
                        .contentType(MediaType.APPLICATION_JSON).with(csrf()).content("{\"on\":\"2025-01-01\"}");
            }),
            entry("API: record a decoupling", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR), (t, a, u) -> {
                UUID association = t.freshAssociation();
                UUID tie = t.suppliers.recordHostTie(t.users.user("registrar"), new OrganizationId(association), new HostTie(
                        new OrganizationId(t.organizationOf(t.users.user("purchaser").userId())), HostTie.Role.HOST, null));
                return post("/api/v1/organizations/" + association + "/host-ties/" + tie + "/decoupling")
                        .contentType(MediaType.APPLICATION_JSON).with(csrf()).content("{\"on\":\"2020-06-30\"}");
            }),
            entry("API: take a supplier off a credit list", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR), (t, a, u) -> {
                UUID association = t.freshAssociation();
                UUID entry = t.suppliers.recordCreditListEntry(t.users.user("registrar"), new OrganizationId(association),
                        new CreditListEntry(CreditListEntry.CreditList.ABNORMAL_ACTIVITY, LocalDate.of(2025, 1, 5), null), "late");
                return post("/api/v1/organizations/" + association + "/credit-list-entries/" + entry + "/removal")
                        .contentType(MediaType.APPLICATION_JSON).with(csrf())
                        .content("{\"on\":\"2025-06-01\",\"reason\":\"report filed\"}");
            }),
            entry("page: record a decoupling", Scope.FOREIGN, EnumSet.of(Role.REGISTRAR), (t, a, u) -> {
                UUID association = t.freshAssociation();
                t.suppliers.recordHostTie(t.users.user("registrar"), new OrganizationId(association), new HostTie(
                        new OrganizationId(t.organizationOf(t.users.user("purchaser").userId())), HostTie.Role.HOST, null));
                UUID tie = t.suppliers.record(t.users.user("registrar"), new OrganizationId(association)).hosts().get(0).id();
                return post("/registry/organizations/" + association + "/host-ties/" + tie + "/decoupling").with(csrf())
                        .param("on", "2020-06-30");
            }),
            // The public registry is for everyone, signed in or not.
            entry("page: public registry", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/public/registry")),
            entry("page: an organization in the public registry", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/public/registry/" + t.organizationOf(u))),
            entry("API: public registry", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/public/organizations")),
            entry("API: an organization in the public registry", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/public/organizations/" + t.organizationOf(u))),
            entry("page: audit log", Scope.OWN, EnumSet.of(Role.AUDITOR), (t, a, u) -> get("/audit")),
            entry("API: audit entries", Scope.OWN, EnumSet.of(Role.AUDITOR), (t, a, u) -> get("/api/v1/audit/entries")),
            entry("API: export the audit log", Scope.OWN, EnumSet.of(Role.AUDITOR), (t, a, u) -> get("/api/v1/audit/export")),
            entry("API: redact an audit entry's payload", Scope.FOREIGN, AUDIT_REDACTORS,
                    (t, a, u) -> post("/api/v1/audit/entries/" + t.auditEntryWithPayload() + "/redaction").with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"personal data\"}")),
            entry("page: redact an audit entry's payload", Scope.FOREIGN, AUDIT_REDACTORS,
                    (t, a, u) -> post("/audit/entries/" + t.auditEntryWithPayload() + "/redaction").with(csrf())
                            .param("reason", "personal data")),
            entry("page: the audit log, verifiable", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/public/audit")),
            entry("API: the keys that sign tree heads", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/public/audit/keys")),
            entry("API: an entry's inclusion proof", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get(
                    "/api/v1/public/audit/entries/" + t.integratedAuditEntry() + "/inclusion-proof")),
            entry("API: check a witness file", Scope.OWN, EVERY_ROLE, (t, a, u) -> post("/api/v1/public/audit/witness-check")
                    .contentType(MediaType.TEXT_PLAIN).content("cogov-audit-export/1\n")),
            entry("API: upload a document", Scope.OWN, EnumSet.complementOf(EnumSet.of(Role.ADMIN, Role.AUDITOR)),
                    (t, a, u) -> multipart("/api/v1/documents").file(pdf()).with(csrf())),
            entry("API: read a document's description", Scope.FOREIGN, NO_ROLE,
                    (t, a, u) -> get("/api/v1/documents/" + t.foreignDocument(a))),
            entry("API: download a document", Scope.FOREIGN, NO_ROLE,
                    (t, a, u) -> get("/api/v1/documents/" + t.foreignDocument(a) + "/content")),
            entry("API: read a document's download log", Scope.FOREIGN, NO_ROLE,
                    (t, a, u) -> get("/api/v1/documents/" + t.foreignDocument(a) + "/downloads")),
            // The guidance catalogue is published: anyone signed in reads it and asks the check; FINANCE keeps it.
            entry("page: catalogue", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/catalogue")),
            entry("page: catalogue item", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/catalogue/items/0302")),
            entry("page: negative list", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/catalogue/negative-list")),
            entry("page: purchasability check", Scope.OWN, EVERY_ROLE, (t, a, u) -> post("/catalogue/check").with(csrf())
                    .param("itemCode", "030101").param("subjectKind", "SERVICE")),
            entry("API: catalogue items", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/catalogue/items")),
            entry("API: catalogue tree", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/catalogue/tree")),
            entry("API: catalogue item", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/catalogue/items/030101")),
            entry("API: negative list", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/catalogue/negative-list")),
            entry("API: purchasability check", Scope.OWN, EVERY_ROLE, (t, a, u) -> post("/api/v1/catalogue/check")
                    .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"itemCode\":\"030101\","
                            + "\"subjectKind\":\"SERVICE\",\"outsideDuties\":false,\"coreFunction\":false,"
                            + "\"financing\":false,\"forOwnStaff\":true,\"description\":null,\"date\":null}")),
            entry("page: new catalogue item form", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> get("/catalogue/items/new")),
            entry("page: add a catalogue item", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> post("/catalogue/items/new")
                    .with(csrf()).param("code", t.freshCatalogueCode()).param("nameZh", "矩阵条目").param("nameEn", "Matrix item")
                    .param("effectiveFrom", "2026-01-01")),
            entry("API: add a catalogue item", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> post("/api/v1/catalogue/items")
                    .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + t.freshCatalogueCode()
                            + "\",\"nameZh\":\"矩阵条目\",\"nameEn\":\"Matrix item\",\"description\":null,"
                            + "\"effectiveFrom\":\"2026-01-01\",\"excludedAs\":null}")),
            entry("API: rename a catalogue item", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> put(
                    "/api/v1/catalogue/items/050402").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"nameZh\":\"政策宣传和舆情分析\",\"nameEn\":\"Policy publicity and public-opinion analysis\","
                            + "\"description\":null,\"version\":" + t.itemVersion("050402") + "}")),
            entry("page: rename a catalogue item", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> post(
                    "/catalogue/items/050402").with(csrf()).param("nameZh", "政策宣传和舆情分析")
                    .param("nameEn", "Policy publicity and public-opinion analysis")
                    .param("version", Integer.toString(t.itemVersion("050402")))),
            entry("API: close a catalogue item", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> post(
                    "/api/v1/catalogue/items/" + t.catalogueItemToClose() + "/close").with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveTo\":\"2026-12-31\",\"version\":0}")),
            entry("page: close a catalogue item", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> post(
                    "/catalogue/items/" + t.catalogueItemToClose() + "/close").with(csrf()).param("effectiveTo", "2026-12-31")
                    .param("version", "0")),
            entry("page: reword form for the negative list", Scope.OWN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> get("/catalogue/negative-list/1")),
            entry("API: reword a negative-list item", Scope.OWN, EnumSet.of(Role.FINANCE), AccessMatrixTests::apiReword),
            entry("page: reword a negative-list item", Scope.OWN, EnumSet.of(Role.FINANCE), AccessMatrixTests::pageReword),
            // Planning: budgets, requests, intentions, needs consultation.
            // OWN: an object of the demo purchaser's department, which the finance bureau and the auditors read too.
            // A purchaser of another department is told there is no such object (404): PlanningSeparationTests.
            entry("API: budget lines", Scope.OWN, PlanningMatrix.READERS, (t, a, u) -> get("/api/v1/budget-lines")),
            entry("page: budget lines", Scope.OWN, PlanningMatrix.READERS, (t, a, u) -> get("/planning/budgets")),
            entry("API: a budget line", Scope.OWN, PlanningMatrix.READERS,
                    (t, a, u) -> get("/api/v1/budget-lines/" + PlanningMatrix.approvedLine(t))),
            entry("API: propose a budget line", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> PlanningMatrix.json(post("/api/v1/budget-lines"), PlanningMatrix.newLine())),
            entry("page: propose or record a budget line", Scope.OWN, EnumSet.of(Role.PURCHASER, Role.FINANCE),
                    (t, a, u) -> post("/planning/budgets").with(csrf()).param("fiscalYear", "2027")
                            .param("code", PlanningMatrix.freshCode()).param("name", "矩阵测试预算项目").param("amount", "1000")
                            .param("department", PlanningMatrix.commerce(t).toString())),
            entry("API: record a budget line for a department", Scope.OWN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> PlanningMatrix.json(post("/api/v1/departments/" + PlanningMatrix.commerce(t) + "/budget-lines"),
                            PlanningMatrix.newLine())),
            entry("API: approve a budget line", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> PlanningMatrix.json(
                    post("/api/v1/budget-lines/" + PlanningMatrix.proposedLine(t) + "/approval"), "{\"version\":0}")),
            entry("API: reject a budget line", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> PlanningMatrix.json(
                    post("/api/v1/budget-lines/" + PlanningMatrix.proposedLine(t) + "/rejection"),
                    "{\"version\":0,\"reason\":\"不属于购买服务范围\"}")),
            entry("page: approve a budget line", Scope.OWN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> post("/planning/budgets/" + PlanningMatrix.proposedLine(t) + "/approval").with(csrf())
                            .param("version", "0")),
            entry("page: reject a budget line", Scope.OWN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> post("/planning/budgets/" + PlanningMatrix.proposedLine(t) + "/rejection").with(csrf())
                            .param("version", "0").param("reason", "不属于购买服务范围")),
            entry("API: import budget lines", Scope.FOREIGN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> post("/api/v1/budget-lines/import").contentType("text/csv").with(csrf())
                            .content(PlanningMatrix.budgetFileLine())),
            entry("page: budget import form", Scope.FOREIGN, EnumSet.of(Role.FINANCE), (t, a, u) -> get("/planning/budgets/import")),
            entry("page: import budget lines", Scope.FOREIGN, EnumSet.of(Role.FINANCE), (t, a, u) -> multipart(
                    "/planning/budgets/import").file(new MockMultipartFile("file", "budget.csv", "text/csv",
                            PlanningMatrix.budgetFileLine().getBytes(StandardCharsets.UTF_8))).with(csrf())),
            entry("API: purchase requests", Scope.OWN, PlanningMatrix.READERS, (t, a, u) -> get("/api/v1/purchase-requests")),
            entry("page: purchase requests", Scope.OWN, PlanningMatrix.READERS, (t, a, u) -> get("/planning/requests")),
            entry("API: a purchase request", Scope.OWN, PlanningMatrix.READERS,
                    (t, a, u) -> get("/api/v1/purchase-requests/" + PlanningMatrix.request(t))),
            entry("page: a purchase request", Scope.OWN, PlanningMatrix.READERS,
                    (t, a, u) -> get("/planning/requests/" + PlanningMatrix.request(t))),
            entry("API: submit a purchase request", Scope.OWN, EnumSet.of(Role.PURCHASER), (t, a, u) -> PlanningMatrix.json(
                    post("/api/v1/purchase-requests"), PlanningMatrix.newRequest(PlanningMatrix.approvedLine(t)))),
            entry("page: new purchase request form", Scope.OWN, EnumSet.of(Role.PURCHASER), (t, a, u) -> get("/planning/requests/new")),
            entry("page: submit a purchase request", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/planning/requests/new").with(csrf()).param("budgetLine", PlanningMatrix.approvedLine(t))
                            .param("catalogueCode", "030101").param("title", "矩阵测试购买申请").param("estimatedAmount", "10000")
                            .param("termStart", "2027-01-01").param("termEnd", "2027-12-31").param("beneficiaries", "商贸企业")
                            .param("subjectKind", "SERVICE")),
            entry("API: cancel a purchase request", Scope.OWN, EnumSet.of(Role.PURCHASER), (t, a, u) -> PlanningMatrix.json(
                    post("/api/v1/purchase-requests/" + PlanningMatrix.request(t) + "/cancellation"),
                    "{\"version\":0,\"reason\":\"预算调整\"}")),
            entry("page: cancel a purchase request", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/planning/requests/" + PlanningMatrix.request(t) + "/cancellation").with(csrf())
                            .param("version", "0").param("reason", "预算调整")),
            entry("API: procurement intentions", Scope.OWN, PlanningMatrix.READERS, (t, a, u) -> get("/api/v1/intentions")),
            entry("page: procurement intentions", Scope.OWN, PlanningMatrix.READERS, (t, a, u) -> get("/planning/intentions")),
            entry("API: a draft intention", Scope.OWN, PlanningMatrix.READERS,
                    (t, a, u) -> get("/api/v1/intentions/" + PlanningMatrix.draftIntention(t))),
            entry("page: a draft intention", Scope.OWN, PlanningMatrix.READERS,
                    (t, a, u) -> get("/planning/intentions/" + PlanningMatrix.draftIntention(t))),
            entry("API: draft an intention", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> PlanningMatrix.json(post("/api/v1/intentions"), PlanningMatrix.newIntention())),
            entry("page: draft an intention", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/planning/intentions").with(csrf()).param("title", "矩阵测试采购意向")
                            .param("catalogueCode", "030102").param("estimatedAmount", "50000").param("expectedMonth", "2099-06")
                            .param("version", "0")),
            entry("API: revise a draft intention", Scope.OWN, EnumSet.of(Role.PURCHASER), (t, a, u) -> PlanningMatrix.json(
                    put("/api/v1/intentions/" + PlanningMatrix.draftIntention(t)), PlanningMatrix.newIntention()
                            .replace("}", ",\"version\":0}"))),
            entry("API: publish an intention", Scope.OWN, EnumSet.of(Role.PURCHASER), (t, a, u) -> PlanningMatrix.json(
                    post("/api/v1/intentions/" + PlanningMatrix.draftIntention(t) + "/publication"), "{\"version\":0}")),
            entry("page: publish an intention", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/planning/intentions/" + PlanningMatrix.draftIntention(t) + "/publication").with(csrf())
                            .param("version", "0")),
            entry("API: withdraw an intention", Scope.OWN, EnumSet.of(Role.PURCHASER), (t, a, u) -> PlanningMatrix.json(
                    post("/api/v1/intentions/" + PlanningMatrix.publishedIntention(t) + "/withdrawal"),
                    "{\"version\":1,\"reason\":\"合并采购\"}")),
            entry("page: withdraw an intention", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/planning/intentions/" + PlanningMatrix.publishedIntention(t) + "/withdrawal").with(csrf())
                            .param("version", "1").param("reason", "合并采购")),
            entry("page: public procurement intentions", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get("/public/intentions")),
            entry("API: public procurement intentions", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get("/api/v1/public/intentions")),
            entry("API: a public procurement intention", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/public/intentions/" + PlanningMatrix.publishedIntention(t))),
            entry("API: needs consultations", Scope.OWN, PlanningMatrix.READERS, (t, a, u) -> get("/api/v1/consultations")),
            entry("page: needs consultations", Scope.OWN, PlanningMatrix.CONSULTATION_READERS, (t, a, u) -> get("/planning/consultations")),
            entry("API: a needs consultation with its commenters", Scope.OWN, PlanningMatrix.READERS,
                    (t, a, u) -> get("/api/v1/consultations/" + PlanningMatrix.consultation(t))),
            entry("page: a needs consultation", Scope.OWN, PlanningMatrix.CONSULTATION_READERS,
                    (t, a, u) -> get("/planning/consultations/" + PlanningMatrix.consultation(t))),
            entry("API: publish a needs consultation", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> PlanningMatrix.json(post("/api/v1/consultations"), PlanningMatrix.newConsultation())),
            entry("page: publish a needs consultation", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/planning/consultations").with(csrf()).param("title", "矩阵测试需求征询")
                            .param("description", "征询调查方法。").param("catalogueCode", "030101").param("closesOn", "2099-12-31")),
            entry("API: comment on a needs consultation", Scope.FOREIGN, EnumSet.of(Role.PROVIDER), (t, a, u) -> PlanningMatrix.json(
                    post("/api/v1/consultations/" + PlanningMatrix.consultation(t) + "/comments"), "{\"body\":\"矩阵测试意见\"}")),
            entry("page: comment on a needs consultation", Scope.FOREIGN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> post("/planning/consultations/" + PlanningMatrix.consultation(t) + "/comments").with(csrf())
                            .param("body", "矩阵测试意见")),
            entry("API: one's own comments on a needs consultation", Scope.FOREIGN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> get("/api/v1/consultations/" + PlanningMatrix.consultation(t) + "/comments/mine")),
            entry("API: answer a comment", Scope.OWN, EnumSet.of(Role.PURCHASER), (t, a, u) -> PlanningMatrix.json(
                    post("/api/v1/consultations/" + PlanningMatrix.comment(t) + "/answer"),
                    "{\"version\":0,\"answer\":\"感谢意见\"}")),
            entry("page: answer a comment", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/planning/consultations/" + PlanningMatrix.comment(t) + "/answer").with(csrf())
                            .param("version", "0").param("answer", "感谢意见")),
            entry("page: public needs consultations", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get("/public/consultations")),
            entry("page: a public needs consultation", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/public/consultations/" + PlanningMatrix.comment(t).substring(0, 36))),
            entry("API: public needs consultations", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get("/api/v1/public/consultations")),
            entry("API: a public needs consultation", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/public/consultations/" + PlanningMatrix.comment(t).substring(0, 36))),
            // Procurement: drafting procedures. A purchaser drafts its department's, an agency those delegated to it.
            entry("API: procedures", Scope.OWN, PROCEDURE_READERS, (t, a, u) -> get("/api/v1/procedures")),
            entry("API: the procurement rule table", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/procurement/rules")),
            entry("API: officials who may be custodians", Scope.OWN, PROCEDURE_DRAFTERS,
                    (t, a, u) -> get("/api/v1/procurement/officials")),
            entry("API: read a draft of the purchaser's department", Scope.FOREIGN,
                    EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR), EnumSet.of(Role.AGENT),
                    (t, a, u) -> get("/api/v1/procedures/" + t.freshDraft())),
            entry("API: read a draft delegated to the agency", Scope.FOREIGN, PROCEDURE_READERS,
                    (t, a, u) -> get("/api/v1/procedures/" + t.delegatedDraft())),
            entry("API: draft a procedure from a request", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    (t, a, u) -> post("/api/v1/procedures").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"request\":\"" + t.freshRequest().value() + "\",\"title\":\"矩阵项目\",\"description\":null,"
                                    + "\"method\":\"PUBLIC_TENDER\",\"justification\":null,\"justificationText\":null,"
                                    + "\"singleSourceSupplier\":null}")),
            entry("API: change the lots of a draft", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    AccessMatrixTests::apiLots),
            entry("API: delegate a request to an agency", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/api/v1/delegations").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"request\":\"" + t.freshRequest().value() + "\",\"agency\":\""
                                    + t.users.user("agent").organizationId() + "\",\"agreement\":\"矩阵委托\"}")),
            entry("API: take a request back from its agency", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/api/v1/delegations/" + t.drafts.delegate(t.users.user("purchaser"), t.freshRequest(),
                            new OrganizationId(t.users.user("agent").organizationId()), "矩阵委托") + "/revocation").with(csrf())),
            entry("API: procedures awaiting the method's approval", Scope.OWN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> get("/api/v1/procedures/approvals")),
            entry("API: decide the approval of a method", Scope.FOREIGN, EnumSet.of(Role.FINANCE), AccessMatrixTests::apiApproval),
            entry("page: procedures", Scope.OWN, PROCEDURE_READERS, (t, a, u) -> get("/procedures")),
            entry("page: new draft", Scope.OWN, PROCEDURE_DRAFTERS, (t, a, u) -> get("/procedures/new")),
            entry("page: a draft of the purchaser's department", Scope.FOREIGN,
                    EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR), EnumSet.of(Role.AGENT),
                    (t, a, u) -> get("/procedures/" + t.freshDraft())),
            entry("page: save the lots of a draft", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    (t, a, u) -> {
                        UUID id = t.freshDraft();
                        return post("/procedures/" + id + "/lots").with(csrf()).param("version", Integer.toString(t.draftVersion(id)))
                                .param("lots[0].title", "第1包").param("lots[0].budget", "1000000").param("lots[0].lowestPrice", "true");
                    }),
            entry("page: methods awaiting approval", Scope.OWN, EnumSet.of(Role.FINANCE), (t, a, u) -> get("/procedures/approvals")),
            entry("API: publish a ready draft", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), (t, a, u) -> {
                UUID id = t.readyDraft();
                return post("/api/v1/procedures/" + id + "/publication").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + t.draftVersion(id) + "}");
            }),
            entry("page: publish a ready draft", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), (t, a, u) -> {
                UUID id = t.readyDraft();
                return post("/procedures/" + id + "/publication").with(csrf()).param("version", Integer.toString(t.draftVersion(id)));
            }),
            entry("page: published procedures", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get("/public/procedures")),
            entry("API: published procedures", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get("/api/v1/public/procedures")),
            entry("page: a published procedure", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/public/procedures/" + t.publishedProcedure())),
            // Procurement: enquiries, clarifications, amendments and the documents of a tendering procedure.
            entry("page: open procedures", Scope.OWN, EnumSet.of(Role.PROVIDER), (t, a, u) -> get("/tenders")),
            entry("page: an open procedure", Scope.FOREIGN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> get("/tenders/" + t.publishedProcedure())),
            entry("API: obtain a tender document", Scope.FOREIGN,
                    EnumSet.of(Role.PROVIDER, Role.PURCHASER, Role.FINANCE, Role.AUDITOR),
                    (t, a, u) -> get("/api/v1/documents/" + t.tenderDocument() + "/content")),
            entry("API: ask a question", Scope.FOREIGN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> post("/api/v1/procedures/" + t.tendering() + "/enquiries").with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"付款方式？\"}")),
            entry("page: ask a question", Scope.FOREIGN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> post("/tenders/" + t.tendering() + "/enquiries").with(csrf()).param("question", "付款方式？")),
            entry("API: questions on a procedure", Scope.OWN, EnumSet.of(Role.PURCHASER, Role.PROVIDER), EnumSet.of(Role.AGENT),
                    (t, a, u) -> get("/api/v1/procedures/" + t.tendering() + "/enquiries")),
            entry("API: answer a question", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), (t, a, u) -> {
                UUID enquiry = t.freshEnquiry();
                return post("/api/v1/enquiries/" + enquiry + "/answer").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + t.draftVersion(t.procedureOf(enquiry)) + ",\"publishedQuestion\":\"付款方式？\","
                                + "\"answer\":\"按月支付。\",\"affectsBids\":false}");
            }),
            entry("page: answer a question", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), (t, a, u) -> {
                UUID enquiry = t.freshEnquiry();
                UUID procedure = t.procedureOf(enquiry);
                return post("/procedures/" + procedure + "/enquiries/" + enquiry + "/answer").with(csrf())
                        .param("version", Integer.toString(t.draftVersion(procedure))).param("publishedQuestion", "付款方式？")
                        .param("answer", "按月支付。");
            }),
            entry("API: amend a tendering procedure", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    (t, a, u) -> {
                        UUID id = t.tendering();
                        return post("/api/v1/procedures/" + id + "/amendments").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\":" + t.draftVersion(id) + ",\"text\":\"补充说明。\",\"affectsBids\":true}");
                    }),
            entry("API: who obtained the documents, after the opening", Scope.FOREIGN, EnumSet.of(Role.AUDITOR),
                    (t, a, u) -> get("/api/v1/procedures/" + t.openedProcedure() + "/downloads")),
            // procedure ending: cancellation, failure, objections
            entry("API: cancel a procedure", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), EndingMatrix::apiCancel),
            entry("page: cancel a procedure", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), EndingMatrix::pageCancel),
            entry("API: how a procedure ended and what follows it", Scope.FOREIGN, EndingMatrix.READERS, EnumSet.of(Role.AGENT),
                    (t, a, u) -> get("/api/v1/procedures/" + EndingMatrix.failed(t, "read") + "/ending")),
            entry("API: a procedure's objections", Scope.FOREIGN, EndingMatrix.READERS, EnumSet.of(Role.AGENT),
                    (t, a, u) -> get("/api/v1/procedures/" + EndingMatrix.failed(t, "read") + "/objections")),
            entry("API: draft the follow-up of a failed procedure", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    EndingMatrix::apiFollowUp),
            entry("page: draft the follow-up of a failed procedure", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    EndingMatrix::pageFollowUp),
            entry("page: the objection form of a single-source publicity", Scope.FOREIGN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> get("/procedures/" + EndingMatrix.inPublicity(t, "form") + "/objection")),
            entry("API: object to a single-source publicity", Scope.FOREIGN, EnumSet.of(Role.PROVIDER), EndingMatrix::apiObject),
            entry("page: object to a single-source publicity", Scope.FOREIGN, EnumSet.of(Role.PROVIDER), EndingMatrix::pageObject),
            entry("API: objections awaiting the finance bureau", Scope.OWN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> get("/api/v1/procedures/objections")),
            entry("page: objections awaiting the finance bureau", Scope.OWN, EnumSet.of(Role.FINANCE),
                    (t, a, u) -> get("/procedures/objections")),
            entry("API: another supplier's objection", Scope.FOREIGN, EnumSet.of(Role.FINANCE), EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> get("/api/v1/procedures/" + EndingMatrix.objection(t, "read"))),
            entry("page: another supplier's objection", Scope.FOREIGN, EnumSet.of(Role.FINANCE), EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> get("/procedures/" + EndingMatrix.objection(t, "read"))),
            entry("API: decide an objection", Scope.FOREIGN, EnumSet.of(Role.FINANCE), EndingMatrix::apiDecide),
            entry("page: decide an objection", Scope.FOREIGN, EnumSet.of(Role.FINANCE), EndingMatrix::pageDecide),
            // platform incidents: public facts that everyone reads; only the finance bureau declares one, after a preview
            entry("page: platform incidents", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/incidents")),
            entry("page: a platform incident", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get("/incidents/" + IncidentMatrix.declared(t))),
            entry("API: platform incidents", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/incidents")),
            entry("API: a platform incident", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/incidents/" + IncidentMatrix.declared(t))),
            entry("page: public platform incidents", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get("/public/incidents")),
            entry("API: a public platform incident", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/public/incidents/" + IncidentMatrix.declared(t))),
            entry("API: preview a platform incident", Scope.OWN, EnumSet.of(Role.FINANCE), IncidentMatrix::apiPreview),
            entry("page: preview a platform incident", Scope.OWN, EnumSet.of(Role.FINANCE), IncidentMatrix::pagePreview),
            entry("API: declare a platform incident", Scope.OWN, EnumSet.of(Role.FINANCE), IncidentMatrix::apiDeclare),
            entry("page: declare a platform incident", Scope.OWN, EnumSet.of(Role.FINANCE), IncidentMatrix::pageDeclare),
            // notification: every signed-in user has an inbox and e-mail choices of its own, and no permission is
            // needed for them; another user's message does not exist for anyone (404, and a refused audit entry).
            entry("API: one's messages", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/messages")),
            entry("page: one's messages", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/messages")),
            entry("API: mark one's message read", Scope.OWN, EVERY_ROLE,
                    (t, a, u) -> post("/api/v1/messages/" + t.messageTo(u) + "/read").with(csrf())),
            entry("page: mark one's message read", Scope.OWN, EVERY_ROLE,
                    (t, a, u) -> post("/messages/" + t.messageTo(u) + "/read").with(csrf())),
            entry("API: mark another's message read", Scope.FOREIGN, NO_ROLE, EVERY_ROLE,
                    (t, a, u) -> post("/api/v1/messages/" + t.messageTo(u) + "/read").with(csrf())),
            entry("page: open another's message", Scope.FOREIGN, NO_ROLE, EVERY_ROLE,
                    (t, a, u) -> post("/messages/" + t.messageTo(u) + "/open").with(csrf())),
            entry("API: one's e-mail preferences", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/messages/preferences")),
            entry("page: one's e-mail preferences", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/messages/preferences")),
            entry("API: change one's e-mail preferences", Scope.OWN, EVERY_ROLE,
                    (t, a, u) -> put("/api/v1/messages/preferences").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"byEmail\":[\"DEADLINE\",\"ANSWER\",\"AMENDMENT\",\"CANCELLATION\",\"FAILURE\"]}")),
            entry("page: change one's e-mail preferences", Scope.OWN, EVERY_ROLE,
                    (t, a, u) -> post("/messages/preferences").with(csrf())
                            .param("byEmail", "DEADLINE", "ANSWER", "AMENDMENT", "CANCELLATION", "FAILURE")),
            // Custodians of opening keys: the officials who may be named custodians enrol a key (again, with the demo
            // passphrase, so that later tests still open their shares), check their passphrase, read their duties;
            // anyone reads a published procedure's opening key, nobody a draft's.
            entry("API: enrol a custodian key", Scope.OWN, custodianRoles(),
                    (t, a, u) -> post("/api/v1/custodian/key").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"passphrase\":\"" + custodianPassphrase(a) + "\",\"repeated\":\"" + custodianPassphrase(a) + "\"}")),
            entry("page: enrol a custodian key", Scope.OWN, custodianRoles(), (t, a, u) -> post("/custodian/key").with(csrf())
                    .param("passphrase", custodianPassphrase(a)).param("repeated", custodianPassphrase(a))),
            entry("API: one's custodian key", Scope.OWN, custodianRoles(), (t, a, u) -> get("/api/v1/custodian/key")),
            entry("API: check one's passphrase", Scope.OWN, custodianRoles(),
                    (t, a, u) -> post("/api/v1/custodian/key/check").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"passphrase\":\"" + custodianPassphrase(a) + "\"}")),
            entry("page: check one's passphrase", Scope.OWN, custodianRoles(),
                    (t, a, u) -> post("/custodian/key/check").with(csrf()).param("passphrase", custodianPassphrase(a))),
            entry("API: one's custodian duties", Scope.OWN, custodianRoles(), (t, a, u) -> get("/api/v1/custodian/duties")),
            entry("page: one's custodian key and duties", Scope.OWN, custodianRoles(), (t, a, u) -> get("/custodian")),
            entry("API: a published procedure's opening key", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/procedures/" + t.publishedProcedure() + "/opening-key")),
            entry("API: the opening key of a draft", Scope.FOREIGN, NO_ROLE, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/procedures/" + t.readyDraft() + "/opening-key")),
            // Sealed bids: only a provider bids, and a receipt is its bidder's alone.
            entry("API: submit a bid, sealed on arrival", Scope.FOREIGN, EnumSet.of(Role.PROVIDER), BidMatrix::apiSubmit),
            entry("page: submit a bid, sealed on arrival", Scope.FOREIGN, EnumSet.of(Role.PROVIDER), BidMatrix::pageSubmit),
            entry("API: submit a bid sealed on the bidder's machine", Scope.FOREIGN, EnumSet.of(Role.PROVIDER),
                    BidMatrix::apiSubmitSealed),
            entry("API: withdraw a bid", Scope.FOREIGN, EnumSet.of(Role.PROVIDER), BidMatrix::apiWithdraw),
            entry("page: withdraw a bid", Scope.FOREIGN, EnumSet.of(Role.PROVIDER), BidMatrix::pageWithdraw),
            entry("API: one's bids on a procedure", Scope.FOREIGN, EnumSet.of(Role.PROVIDER), BidMatrix::apiMine),
            entry("page: one's bid on a procedure", Scope.FOREIGN, EnumSet.of(Role.PROVIDER), BidMatrix::pageMine),
            entry("API: a receipt", Scope.OWN, EnumSet.of(Role.PROVIDER), BidMatrix::apiOwnReceipt),
            entry("API: a receipt", Scope.FOREIGN, NO_ROLE, EnumSet.of(Role.PROVIDER), BidMatrix::apiForeignReceipt),
            entry("page: a receipt", Scope.OWN, EnumSet.of(Role.PROVIDER), BidMatrix::pageOwnReceipt),
            entry("page: a receipt", Scope.FOREIGN, NO_ROLE, EnumSet.of(Role.PROVIDER), BidMatrix::pageForeignReceipt),
            // The opening: its record is public; the page of an opening is for anyone signed in (who presents, objects or
            // answers there is decided by the service, and proved by the opening's own tests).
            entry("API: an opening record", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/api/v1/public/procedures/" + t.publishedProcedure() + "/opening")),
            entry("page: an opening record", Scope.FOREIGN, EVERY_ROLE,
                    (t, a, u) -> get("/public/procedures/" + t.publishedProcedure() + "/opening")),
            entry("page: an opening", Scope.FOREIGN, EVERY_ROLE, (t, a, u) -> get("/openings/" + t.publishedProcedure())),
            // The expert pool: kept by the finance bureau, read by auditors; an expert reads its own entry and keeps its own
            // availability, and no other entry exists for it.
            entry("API: the expert pool", Scope.OWN, PanelMatrix.POOL_READERS, (t, a, u) -> get("/api/v1/experts")),
            entry("page: the expert pool", Scope.OWN, PanelMatrix.POOL_READERS, (t, a, u) -> get("/experts")),
            entry("API: enrol an expert", Scope.FOREIGN, EnumSet.of(Role.FINANCE), PanelMatrix::apiEnrol),
            entry("page: enrol an expert", Scope.FOREIGN, EnumSet.of(Role.FINANCE), PanelMatrix::pageEnrol),
            entry("API: an expert of the pool", Scope.FOREIGN, PanelMatrix.POOL_READERS, EnumSet.of(Role.EXPERT),
                    (t, a, u) -> get("/api/v1/experts/" + PanelMatrix.otherExpert(t))),
            entry("API: one's own entry in the pool", Scope.OWN, EnumSet.of(Role.EXPERT), (t, a, u) -> get("/api/v1/experts/me")),
            entry("page: an expert's entry", Scope.OWN, EnumSet.of(Role.FINANCE, Role.AUDITOR, Role.EXPERT),
                    (t, a, u) -> get("/experts/" + PanelMatrix.ownExpert(t))),
            entry("API: change an expert", Scope.FOREIGN, EnumSet.of(Role.FINANCE), PanelMatrix::apiChange),
            entry("API: retire an expert", Scope.FOREIGN, EnumSet.of(Role.FINANCE), PanelMatrix::apiRetire),
            entry("API: record one's unavailability", Scope.OWN, EnumSet.of(Role.FINANCE, Role.EXPERT),
                    (t, a, u) -> PanelMatrix.apiUnavailability(PanelMatrix.ownExpert(t))),
            entry("API: record another expert's unavailability", Scope.FOREIGN, EnumSet.of(Role.FINANCE), EnumSet.of(Role.EXPERT),
                    PanelMatrix::apiForeignUnavailability),
            // Panels: the purchaser draws and runs them; the finance bureau and auditors read them; its members declare.
            entry("API: draw a panel", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), PanelMatrix::apiDraw),
            entry("page: draw a panel", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), PanelMatrix::pageDraw),
            entry("API: a procedure's panels", Scope.OWN, PanelMatrix.PANEL_READERS, PanelMatrix.NOT_THEIRS,
                    (t, a, u) -> get("/api/v1/procedures/" + PanelMatrix.readProcedure(t).value() + "/panels")),
            entry("page: a procedure's panels", Scope.OWN, PanelMatrix.PANEL_READERS, PanelMatrix.NOT_THEIRS,
                    (t, a, u) -> get("/procedures/" + PanelMatrix.readProcedure(t).value() + "/panels")),
            entry("API: a panel", Scope.OWN, PanelMatrix.PANEL_READERS, PanelMatrix.NOT_THEIRS,
                    (t, a, u) -> get("/api/v1/panels/" + PanelMatrix.readPanel(t))),
            entry("page: a panel", Scope.OWN, PanelMatrix.PANEL_READERS, PanelMatrix.NOT_THEIRS,
                    (t, a, u) -> get("/panels/" + PanelMatrix.readPanel(t))),
            entry("API: a panel's draw and its replay", Scope.OWN, PanelMatrix.PANEL_READERS, PanelMatrix.NOT_THEIRS,
                    (t, a, u) -> get("/api/v1/panels/" + PanelMatrix.readPanel(t) + "/draw")),
            entry("API: one's panels", Scope.OWN, PanelMatrix.WITH_PANELS, (t, a, u) -> get("/api/v1/panels/mine")),
            entry("page: one's panels", Scope.OWN, PanelMatrix.WITH_PANELS, (t, a, u) -> get("/panels")),
            entry("API: declare no conflict on one's panel", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.EXPERT),
                    PanelMatrix::apiDeclare),
            entry("API: decline one's seat", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.EXPERT), PanelMatrix::apiDecline),
            entry("API: replace a member who has not declared", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    PanelMatrix::apiReplace),
            entry("API: name a representative to a vacant seat", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    PanelMatrix::apiName),
            // The evaluation: its purchaser runs it, its seated members review, the finance bureau and auditors read it; for
            // anyone else a lot's evaluation does not exist. A bidder reads the evaluation of its own bid, and of no other.
            entry("API: a lot's evaluation", Scope.OWN, EvaluationMatrix.READERS, EvaluationMatrix.allBut(EvaluationMatrix.READERS),
                    (t, a, u) -> get("/api/v1" + EvaluationMatrix.lot(EvaluationMatrix.compiled(t)))),
            entry("page: a lot's evaluation", Scope.OWN, EvaluationMatrix.READERS, EvaluationMatrix.allBut(EvaluationMatrix.READERS),
                    (t, a, u) -> get("/evaluations/" + EvaluationMatrix.compiled(t).value() + "/lots/1")),
            entry("API: a lot's evaluation report", Scope.OWN, EvaluationMatrix.READERS,
                    EvaluationMatrix.allBut(EvaluationMatrix.READERS),
                    (t, a, u) -> get("/api/v1" + EvaluationMatrix.lot(EvaluationMatrix.compiled(t)) + "/report.pdf")),
            entry("API: qualify a bid", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), EvaluationMatrix::apiQualify),
            entry("page: qualify a bid", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), EvaluationMatrix::pageQualify),
            entry("API: vote on a bid's compliance", Scope.OWN, EvaluationMatrix.MEMBERS, EvaluationMatrix::apiVote),
            entry("page: vote on a bid's compliance", Scope.OWN, EvaluationMatrix.MEMBERS, EvaluationMatrix::pageVote),
            entry("API: the evaluation of one's own bid", Scope.OWN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> get("/api/v1" + EvaluationMatrix.lot(EvaluationMatrix.qualifying(t)) + "/mine")),
            entry("page: a lot's evaluation, which its bidders read as their own", Scope.OWN,
                    EnumSet.of(Role.PROVIDER, Role.PURCHASER, Role.FINANCE, Role.AUDITOR),
                    EnumSet.of(Role.AGENT, Role.REGISTRAR, Role.EXPERT, Role.EVALUATOR, Role.ADMIN),
                    (t, a, u) -> get("/evaluations/" + EvaluationMatrix.qualifying(t).value() + "/lots/1")),
            entry("API: the evaluation of a lot one did not bid on", Scope.FOREIGN, NO_ROLE, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> get("/api/v1" + EvaluationMatrix.lot(EvaluationMatrix.compiled(t)) + "/mine")),
            // The small-purchase path: its purchaser records the quotations and chooses; the finance bureau and auditors read
            // it; for anyone else it does not exist, and an agency that does not run it is told so when it tries to act.
            entry("API: a small purchase's quotations", Scope.OWN, RoundsMatrix.SMALL_PURCHASE_READERS,
                    EvaluationMatrix.allBut(RoundsMatrix.SMALL_PURCHASE_READERS), RoundsMatrix::apiComparison),
            entry("page: a small purchase's quotations", Scope.OWN, RoundsMatrix.SMALL_PURCHASE_READERS,
                    EvaluationMatrix.allBut(RoundsMatrix.SMALL_PURCHASE_READERS), RoundsMatrix::pageComparison),
            entry("API: record a written quotation", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    RoundsMatrix::apiQuote),
            entry("API: choose the supplier of a small purchase", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT),
                    RoundsMatrix::apiChoose),
            // Rounds of talks: the seated members record the minutes, amend the requirements and call for final quotations.
            entry("API: record the minutes of a round", Scope.OWN, RoundsMatrix.MEMBERS, RoundsMatrix::apiMinutes),
            entry("API: amend the requirements in the talks", Scope.OWN, RoundsMatrix.MEMBERS, RoundsMatrix::apiAmend),
            entry("API: call for final quotations", Scope.OWN, RoundsMatrix.MEMBERS, RoundsMatrix::apiCall),
            // Final quotations: anyone reads where the opening stands; an invited supplier submits and reads its own; the
            // custodians present their shares again after the due time.
            entry("API: where a lot's final quotations stand", Scope.OWN, EVERY_ROLE, RoundsMatrix::apiStatus),
            entry("API: one's final quotations", Scope.OWN, EnumSet.of(Role.PROVIDER), RoundsMatrix::apiMine),
            entry("API: submit a final quotation", Scope.OWN, EnumSet.of(Role.PROVIDER), RoundsMatrix::apiSubmit),
            entry("API: present one's share for the final quotations", Scope.OWN, RoundsMatrix.CUSTODIANS, RoundsMatrix::apiShare),
            // The award: the purchaser decides; the staff who run the procedure, the finance bureau and auditors read it; a
            // bidder reads its own place and letter; for anyone else the awards do not exist.
            entry("API: a procedure's awards", Scope.OWN, AwardMatrix.READERS, EvaluationMatrix.allBut(AwardMatrix.READERS),
                    (t, a, u) -> get("/api/v1/procedures/" + AwardMatrix.evaluated(t).value() + "/awards")),
            entry("page: a procedure's awards, which its bidders read as their own", Scope.OWN,
                    EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR, Role.PROVIDER),
                    EnumSet.of(Role.AGENT, Role.REGISTRAR, Role.EXPERT, Role.EVALUATOR, Role.ADMIN),
                    (t, a, u) -> get("/awards/" + AwardMatrix.evaluated(t).value())),
            entry("API: one's own award", Scope.OWN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> get("/api/v1/procedures/" + AwardMatrix.evaluated(t).value() + "/awards/mine")),
            entry("API: confirm a lot's winner", Scope.OWN, EnumSet.of(Role.PURCHASER), AwardMatrix::apiConfirm),
            entry("page: confirm a lot's winner", Scope.OWN, EnumSet.of(Role.PURCHASER), AwardMatrix::pageConfirm),
            // Bid bonds: the purchaser records them and keeps the ledger, the finance bureau and auditors read every ledger, an
            // agency that does not run the procedure is told it does not exist; a provider reads its own bonds.
            entry("API: a procedure's bid bond ledger", Scope.OWN, BondMatrix.LEDGER_READERS, EnumSet.of(Role.AGENT),
                    BondMatrix::apiLedger),
            entry("page: a procedure's bid bond ledger", Scope.OWN, BondMatrix.LEDGER_READERS, EnumSet.of(Role.AGENT),
                    BondMatrix::pageLedger),
            entry("API: record a bid bond", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), BondMatrix::apiRecord),
            entry("API: one's own bid bonds", Scope.OWN, EnumSet.of(Role.PROVIDER), BondMatrix::apiMine),
            entry("API: bid bonds overdue", Scope.OWN, BondMatrix.OVERDUE_READERS, (t, a, u) -> get("/api/v1/bonds/overdue")),
            entry("page: bid bonds overdue", Scope.OWN, BondMatrix.OVERDUE_READERS, (t, a, u) -> get("/bonds/overdue")),
            // Challenges and complaints: a bidder challenges and complains of its own; the purchaser answers those of its
            // procedures; the finance bureau suspends and decides; the parties, the finance bureau and auditors read. For an
            // agency that does not run the procedure, and for another supplier before the answer, a challenge does not exist.
            entry("API: challenges one may read", Scope.OWN, ChallengeMatrix.READERS, (t, a, u) -> get("/api/v1/challenges")),
            entry("page: challenges one may read", Scope.OWN, ChallengeMatrix.READERS, (t, a, u) -> get("/challenges")),
            entry("API: complaints one may read", Scope.OWN, ChallengeMatrix.READERS, (t, a, u) -> get("/api/v1/complaints")),
            entry("page: complaints one may read", Scope.OWN, ChallengeMatrix.READERS, (t, a, u) -> get("/complaints")),
            entry("API: challenge a procedure one bid on", Scope.OWN, EnumSet.of(Role.PROVIDER), ChallengeMatrix::apiLodge),
            entry("API: a challenge", Scope.OWN, ChallengeMatrix.PARTIES, EnumSet.of(Role.AGENT), ChallengeMatrix::apiRead),
            entry("page: a challenge", Scope.OWN, ChallengeMatrix.PARTIES, EnumSet.of(Role.AGENT), ChallengeMatrix::pageRead),
            entry("API: another supplier's challenge before its answer", Scope.FOREIGN,
                    EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR), EnumSet.of(Role.PROVIDER, Role.AGENT),
                    ChallengeMatrix::apiReadForeign),
            entry("API: answer a challenge", Scope.OWN, EnumSet.of(Role.PURCHASER), EnumSet.of(Role.AGENT), ChallengeMatrix::apiAnswer),
            entry("API: complain of one's answered challenge", Scope.OWN, EnumSet.of(Role.PROVIDER), ChallengeMatrix::apiComplain),
            entry("API: another supplier's complaint", Scope.FOREIGN, EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.AUDITOR),
                    EnumSet.of(Role.PROVIDER, Role.AGENT), ChallengeMatrix::apiComplaint),
            entry("API: suspend a procedure on a complaint", Scope.OWN, EnumSet.of(Role.FINANCE), ChallengeMatrix::apiSuspend),
            // Contracts: the purchaser's department reads and edits its drafts, the provider reads its own, the finance bureau
            // and auditors read all; the other roles hold no contract permission.
            entry("API: one's contracts", Scope.OWN, ContractMatrix.READERS, (t, a, u) -> get("/api/v1/contracts")),
            entry("page: one's contracts", Scope.OWN, ContractMatrix.READERS, (t, a, u) -> get("/contracts")),
            entry("API: a contract", Scope.OWN, ContractMatrix.READERS, (t, a, u) -> get("/api/v1/contracts/" + ContractMatrix.contract(t))),
            entry("page: a contract", Scope.OWN, ContractMatrix.READERS, (t, a, u) -> get("/contracts/" + ContractMatrix.contract(t))),
            entry("API: a contract's document (PDF)", Scope.OWN, ContractMatrix.READERS,
                    (t, a, u) -> get("/api/v1/contracts/" + ContractMatrix.contract(t) + "/document?lang=en")),
            entry("API: change a draft contract's milestones", Scope.OWN, EnumSet.of(Role.PURCHASER), ContractMatrix::apiMilestones),
            entry("page: change a draft contract's milestones", Scope.OWN, EnumSet.of(Role.PURCHASER), ContractMatrix::pageMilestones),
            // Signatures: the purchaser's and the provider's staff enrol signer keys; whoever reads a contract may verify it.
            entry("API: enrol one's signer key", Scope.OWN, EnumSet.of(Role.PURCHASER, Role.PROVIDER),
                    (t, a, u) -> post("/api/v1/signer-keys").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"passphrase\":\"matrix-signer-passphrase\"}")),
            entry("API: verify a contract's signatures", Scope.OWN, ContractMatrix.READERS,
                    (t, a, u) -> get("/api/v1/contracts/" + ContractMatrix.contract(t) + "/verification")),
            // Implementation: the provider reports and submits, the purchaser's department publishes, files, accepts, pays,
            // agrees add-ons and terminates; whoever reads the contract reads its implementation.
            entry("API: published contracts", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/api/v1/public/contracts")),
            entry("page: published contracts", Scope.OWN, EVERY_ROLE, (t, a, u) -> get("/public/contracts")),
            entry("API: a contract's implementation", Scope.OWN, ContractMatrix.READERS,
                    (t, a, u) -> get("/api/v1/contracts/" + ContractMatrix.signed(t, "carried-out") + "/implementation")),
            entry("page: a contract's implementation", Scope.OWN, ContractMatrix.READERS,
                    (t, a, u) -> get("/contracts/" + ContractMatrix.signed(t, "carried-out") + "/implementation")),
            entry("API: report a contract's progress", Scope.OWN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> ContractMatrix.apiImplementation(t, "/progress", "{\"report\":\"按计划推进\",\"percentDone\":40}")),
            entry("API: submit a milestone's deliverable", Scope.OWN, EnumSet.of(Role.PROVIDER),
                    (t, a, u) -> ContractMatrix.apiImplementation(t, "/milestones/3/submissions", "{\"report\":\"终期报告\"}")),
            entry("API: accept a milestone", Scope.OWN, EnumSet.of(Role.PURCHASER), ContractMatrix::apiAccept),
            entry("API: pay a milestone", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> ContractMatrix.apiImplementation(t, "/milestones/1/payment", "{\"voucher\":\"GK-MATRIX-1\"}")),
            entry("API: publish a contract", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> ContractMatrix.apiImplementation(t, "/publication", "")),
            entry("API: file a contract with the finance bureau", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> ContractMatrix.apiImplementation(t, "/filing", "")),
            entry("API: agree an add-on", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> ContractMatrix.apiImplementation(t, "/add-ons", "{\"amount\":100,\"sameService\":true,\"sameTerms\":true,"
                            + "\"reason\":\"服务对象增加\",\"milestone\":3}")),
            entry("API: terminate a contract", Scope.OWN, EnumSet.of(Role.PURCHASER),
                    (t, a, u) -> post("/api/v1/contracts/" + ContractMatrix.signed(t, "terminated") + "/termination").with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"双方协商一致终止\"}")),
            // Satisfaction surveys: the purchaser's department issues tokens and closes its survey; it, the finance bureau and
            // auditors read the counts and comments (the provider does not); anyone holding a token answers, signed in or not.
            entry("API: a contract's satisfaction survey", Scope.OWN, SurveyMatrix.READERS, SurveyMatrix::apiRead),
            entry("page: a contract's satisfaction survey", Scope.OWN, SurveyMatrix.READERS, SurveyMatrix::pageRead),
            entry("API: issue survey tokens", Scope.OWN, EnumSet.of(Role.PURCHASER), SurveyMatrix::apiIssue),
            entry("page: issue survey tokens", Scope.OWN, EnumSet.of(Role.PURCHASER), SurveyMatrix::pageIssue),
            entry("API: close a satisfaction survey", Scope.OWN, EnumSet.of(Role.PURCHASER), SurveyMatrix::apiClose),
            entry("API: a survey's question, with a token", Scope.OWN, EVERY_ROLE, SurveyMatrix::apiQuestion),
            entry("API: answer a survey with a token", Scope.OWN, EVERY_ROLE, SurveyMatrix::apiAnswer),
            entry("page: answer a survey with a token", Scope.OWN, EVERY_ROLE, SurveyMatrix::pageAnswer),
            entry("API: a contract's performance evaluation", Scope.OWN, PerformanceMatrix.READERS, PerformanceMatrix::apiRead),
            entry("page: a contract's performance evaluation", Scope.OWN, PerformanceMatrix.READERS, PerformanceMatrix::pageRead),
            entry("API: assign a third-party evaluator", Scope.OWN, EnumSet.of(Role.PURCHASER, Role.FINANCE), PerformanceMatrix::apiAssign),
            entry("API: submit the provider's self-evaluation", Scope.OWN, EnumSet.of(Role.PROVIDER), PerformanceMatrix::apiSelf),
            entry("API: submit the third-party evaluation", Scope.OWN, EnumSet.of(Role.EVALUATOR), PerformanceMatrix::apiThirdParty),
            entry("API: conclude a performance evaluation", Scope.OWN, EnumSet.of(Role.PURCHASER, Role.FINANCE), PerformanceMatrix::apiConclude),
            entry("API: the provider's comment on its result", Scope.OWN, EnumSet.of(Role.PROVIDER), PerformanceMatrix::apiComment),
            entry("API: a published performance result", Scope.OWN, EVERY_ROLE, PerformanceMatrix::apiPublished),
            entry("page: a published performance result", Scope.OWN, EVERY_ROLE, PerformanceMatrix::pagePublished),
            entry("API: the contracts assigned for evaluation", Scope.OWN, EnumSet.of(Role.EVALUATOR), (t, a, u) -> get("/api/v1/evaluations/assigned")),
            entry("page: the contracts assigned for evaluation", Scope.OWN, EnumSet.of(Role.EVALUATOR), (t, a, u) -> get("/evaluations")));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Registry registry;
    @Autowired
    Suppliers suppliers;
    @Autowired
    People people;
    @Autowired
    Integrator integrator;
    @Autowired
    Budgets budgets;
    @Autowired
    PurchaseRequests purchaseRequests;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Enquiries enquiries;
    @Autowired
    Publication publication;
    @Autowired
    org.springframework.context.ApplicationContext context;
    private static @org.jspecify.annotations.Nullable UUID published;

    static Stream<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        for (Object[] entry : TABLE) {
            @SuppressWarnings("unchecked")
            Set<Role> allowed = (Set<Role>) entry[2];
            @SuppressWarnings("unchecked")
            Set<Role> hidden = (Set<Role>) entry[4];
            for (Role role : Role.values()) {
                rows.add(new Row(role, (String) entry[0], (Scope) entry[1],
                        allowed.contains(role) ? Expect.ALLOW : hidden.contains(role) ? Expect.HIDDEN : Expect.DENY));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyRoleMayDoExactlyWhatTheMatrixSays(Row row) throws Exception {
        String actor = demoUser(row.role());
        UUID target = row.scope() == Scope.OWN ? users.user(actor).userId() : users.user(foreignTo(actor)).userId();
        long refusalsBefore = users.refusalsOf(actor);

        MvcResult result = mvc.perform(operation(row.operation(), row.scope()).request(this, actor, target)
                .with(users.as(actor))).andReturn();

        int status = result.getResponse().getStatus();
        if (row.expect() == Expect.ALLOW) {
            assertThat(status).as(row + ": " + result.getResponse().getContentAsString()).isBetween(200, 399);
            assertThat(users.refusalsOf(actor)).as("no refusal recorded").isEqualTo(refusalsBefore);
        } else if (row.expect() == Expect.HIDDEN) {
            assertThat(status).as(row + ": " + result.getResponse().getContentAsString()).isEqualTo(404);
        } else {
            assertThat(status).as(row + ": " + result.getResponse().getContentAsString()).isEqualTo(403);
            assertThat(users.refusalsOf(actor)).as("the refusal is an audit entry").isGreaterThan(refusalsBefore);
        }
    }

    /** Another organization's user: every demo user is alone in its organization, so any other will do. */
    private static String foreignTo(String actor) {
        return actor.equals("provider") ? "provider2" : "provider";
    }

    private static Object[] entry(String operation, Scope scope, Set<Role> allowed, Operation request) {
        return entry(operation, scope, allowed, NO_ROLE, request);
    }

    /** An operation that some roles may do on objects of their own only: for them another's object does not exist. */
    private static Object[] entry(String operation, Scope scope, Set<Role> allowed, Set<Role> hidden, Operation request) {
        return new Object[] { operation, scope, allowed, request, hidden };
    }

    private static Operation operation(String name, Scope scope) {
        return TABLE.stream().filter(e -> e[0].equals(name) && e[1] == scope).map(e -> (Operation) e[3])
                .findFirst().orElseThrow();
    }

    private record Account(String displayName, int version, boolean enabled, List<String> roles) {
    }

    private Account account(UUID id) {
        Account account = jdbc.sql("SELECT display_name, version, enabled FROM app_user WHERE id = :id").param("id", id)
                .query((rs, n) -> new Account(rs.getString("display_name"), rs.getInt("version"), rs.getBoolean("enabled"),
                        List.of()))
                .single();
        return new Account(account.displayName(), account.version(), account.enabled(),
                jdbc.sql("SELECT role FROM user_role WHERE user_id = :id").param("id", id).query(String.class).list());
    }

    private static MockHttpServletRequestBuilder apiUpdate(AccessMatrixTests t, String actor, UUID target) {
        Account account = t.account(target);
        return put("/api/v1/users/" + target).contentType(MediaType.APPLICATION_JSON).with(csrf())
                .content("{\"displayName\":\"" + account.displayName() + "\",\"email\":null,\"enabled\":true,\"version\":"
                        + account.version() + "}");
    }

    private static MockHttpServletRequestBuilder pageUpdate(AccessMatrixTests t, String actor, UUID target) {
        Account account = t.account(target);
        return post("/admin/users/" + target).with(csrf()).param("displayName", account.displayName())
                .param("enabled", "true").param("version", Integer.toString(account.version()));
    }

    private static MockHttpServletRequestBuilder apiGrant(AccessMatrixTests t, String actor, UUID target) {
        return put("/api/v1/users/" + target + "/roles").contentType(MediaType.APPLICATION_JSON).with(csrf())
                .content("{\"roles\":[" + String.join(",", t.account(target).roles().stream().map(r -> "\"" + r + "\"").toList())
                        + "]}");
    }

    private static MockHttpServletRequestBuilder pageGrant(AccessMatrixTests t, String actor, UUID target) {
        return post("/admin/users/" + target + "/roles").with(csrf())
                .param("roles", t.account(target).roles().toArray(String[]::new));
    }

    /** A verified association of its own, so that recording facts about it disturbs no other test. */
    UUID freshAssociation() {
        String code = TestCreditCodes.next();
        return registry.register(new Organization(new OrganizationId(UUID.randomUUID()), code, "澜江市矩阵测试协会" + code.substring(12),
                "Matrix Test Association " + code.substring(12), OrganizationKind.INDUSTRY_ASSOCIATION), Profile.EMPTY).id().value();
    }

    private UUID freshPerson() {
        return people.record(users.user("registrar"), "矩阵人员").value();
    }

    /** An audit entry of someone else's, with readable details to redact. */
    private UUID auditEntryWithPayload() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO audit_entry (id, recorded_at, action, outcome, payload_hash)
                VALUES (:id, CURRENT_TIMESTAMP, 'matrix.probe', 'DONE', :hash)""")
                .param("id", id).param("hash", Sha256.hex("{\"name\":\"x\"}")).update();
        jdbc.sql("INSERT INTO audit_payload (entry_id, payload) VALUES (:id, '{\"name\":\"x\"}')").param("id", id).update();
        return id;
    }

    /** An entry that is in the Merkle tree. */
    private UUID integratedAuditEntry() {
        UUID id = auditEntryWithPayload();
        integrator.integrateNow();
        return id;
    }

    /** An association that registered itself a moment ago and waits for the registrar. */
    private UUID pendingRegistration() {
        String code = TestCreditCodes.next();
        return registry.registerForVerification(new Organization(new OrganizationId(UUID.randomUUID()), code,
                "澜江市待核验协会" + code.substring(12), "Association awaiting verification " + code.substring(12),
                OrganizationKind.INDUSTRY_ASSOCIATION), Profile.EMPTY).id().value();
    }

    private UUID organizationOf(UUID user) {
        return jdbc.sql("SELECT organization_id FROM app_user WHERE id = :id").param("id", user).query(UUID.class).single();
    }

    private static MockHttpServletRequestBuilder apiProfile(AccessMatrixTests t, String actor, UUID target) {
        return put("/api/v1/organizations/" + t.organizationOf(target) + "/profile").contentType(MediaType.APPLICATION_JSON)
                .with(csrf()).content("{\"legalRepresentative\":\"张三\",\"contactPhone\":\"0571-8888 0000\"}");
    }

    private static MockHttpServletRequestBuilder pageProfile(AccessMatrixTests t, String actor, UUID target) {
        return post("/registry/organizations/" + t.organizationOf(target) + "/profile").with(csrf())
                .param("legalRepresentative", "张三").param("contactPhone", "0571-8888 0000");
    }

    private static MockMultipartFile pdf() {
        return new MockMultipartFile("file", "report.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A document that another organization's provider uploaded. */
    private String foreignDocument(String actor) throws Exception {
        String created = mvc.perform(multipart("/api/v1/documents").file(pdf()).with(users.as(foreignTo(actor)))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        return created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    /** A code under category 0504 that no item has yet. */
    private String freshCatalogueCode() {
        int last = jdbc.sql("SELECT code FROM catalogue_item WHERE parent_code = '0504'").query(String.class).list().stream()
                .mapToInt(code -> Integer.parseInt(code.substring(4))).max().orElse(0);
        return "0504" + String.format("%02d", last + 1);
    }

    private int itemVersion(String code) {
        return jdbc.sql("SELECT version FROM catalogue_item WHERE code = :code").param("code", code).query(Integer.class).single();
    }

    /** A new item that FINANCE added, so that closing it disturbs no other test. */
    private String catalogueItemToClose() throws Exception {
        String code = freshCatalogueCode();
        mvc.perform(post("/api/v1/catalogue/items").with(users.as("finance")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\",\"nameZh\":\"待终止条目\","
                        + "\"nameEn\":\"Item to close\",\"description\":null,\"effectiveFrom\":\"2026-01-01\",\"excludedAs\":null}"));
        return code;
    }

    private static MockHttpServletRequestBuilder apiReword(AccessMatrixTests t, String actor, UUID target) {
        var item = t.jdbc.sql("SELECT * FROM negative_list_item WHERE item_number = 6").query().singleRow();
        return put("/api/v1/catalogue/negative-list/6").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"textZh\":\"" + item.get("text_zh") + "\",\"textEn\":\"" + item.get("text_en")
                        + "\",\"legalBasisZh\":\"" + item.get("legal_basis_zh") + "\",\"legalBasisEn\":\""
                        + item.get("legal_basis_en") + "\",\"version\":" + item.get("version") + "}");
    }

    private static MockHttpServletRequestBuilder pageReword(AccessMatrixTests t, String actor, UUID target) {
        var item = t.jdbc.sql("SELECT * FROM negative_list_item WHERE item_number = 6").query().singleRow();
        return post("/catalogue/negative-list/6").with(csrf()).param("textZh", (String) item.get("text_zh"))
                .param("textEn", (String) item.get("text_en")).param("legalBasisZh", (String) item.get("legal_basis_zh"))
                .param("legalBasisEn", (String) item.get("legal_basis_en")).param("version", item.get("version").toString());
    }

    private static MockHttpServletRequestBuilder revokeForeignToken(AccessMatrixTests t, String actor, UUID target)
            throws Exception {
        String owner = foreignTo(actor);
        String created = t.mvc.perform(post("/api/v1/account/tokens").with(t.users.as(owner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"matrix\"}")).andReturn().getResponse()
                .getContentAsString();
        String tokenId = created.replaceAll("(?s).*\"token\":\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
        return delete("/api/v1/account/tokens/" + tokenId).with(csrf());
    }

    /** An accepted request of the demo purchaser's department, on a budget line of its own. */
    private PurchaseRequestId freshRequest() {
        var purchaser = users.user("purchaser");
        BudgetLineId line = budgets.record(users.user("finance"), new OrganizationId(purchaser.organizationId()),
                new Budgets.NewLine(LocalDate.now().getYear(), "M-" + UUID.randomUUID().toString().substring(0, 8), "矩阵经费",
                        Money.yuan(6_000_000)));
        LocalDate start = LocalDate.now().plusMonths(1);
        return purchaseRequests.submit(purchaser, new PurchaseRequests.NewRequest(line, "030101", "矩阵服务", null,
                Money.yuan(3_000_000), new ContractTerm(start, start.plusMonths(6)), null, "本市企业", SubjectKind.SERVICE, false,
                false, false, false)).id();
    }

    private UUID freshDraft() {
        return drafts.create(users.user("purchaser"), freshRequest(), new ProcedureDrafts.Description("矩阵项目", null,
                Method.COMPETITIVE_CONSULTATION, Method.Justification.PURCHASE_OF_SERVICES, "服务内容需磋商", null)).value();
    }

    private UUID delegatedDraft() {
        PurchaseRequestId request = freshRequest();
        var agent = users.user("agent");
        drafts.delegate(users.user("purchaser"), request, new OrganizationId(agent.organizationId()), "矩阵委托");
        return drafts.create(agent, request, new ProcedureDrafts.Description("委托项目", null, Method.PUBLIC_TENDER, null, null,
                null)).value();
    }

    private int draftVersion(UUID id) {
        return jdbc.sql("SELECT version FROM procurement_procedure WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    private static MockHttpServletRequestBuilder apiLots(AccessMatrixTests t, String actor, UUID target) {
        UUID id = t.freshDraft();
        return put("/api/v1/procedures/" + id + "/lots").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + t.draftVersion(id) + ",\"lots\":[{\"number\":1,\"title\":\"第1包\","
                        + "\"description\":null,\"budget\":1000000,\"awardMethod\":\"LOWEST_PRICE\",\"priceWeight\":null,"
                        + "\"priceFixed\":null,\"factors\":null}]}");
    }

    private static MockHttpServletRequestBuilder apiApproval(AccessMatrixTests t, String actor, UUID target) {
        UUID id = t.freshDraft();
        t.drafts.requestApproval(t.users.user("purchaser"), new ProcedureId(id), t.draftVersion(id), "服务需磋商");
        return post("/api/v1/procedures/" + id + "/approval-decision").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + t.draftVersion(id) + ",\"approve\":true,\"reason\":\"同意\"}");
    }

    private UUID readyDraft() {
        return ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000).value();
    }

    /** A procedure freshly published, so that it still tenders whatever the clock did meanwhile. */
    private UUID tendering() {
        UUID id = readyDraft();
        publication.publish(users.user("purchaser"), new ProcedureId(id), draftVersion(id));
        return id;
    }

    private UUID tenderDocument() {
        return jdbc.sql("SELECT document_id FROM procedure_document WHERE procedure_id = :id").param("id", publishedProcedure())
                .query(UUID.class).list().get(0);
    }

    /** A question from the demo provider on a fresh tendering procedure. */
    private UUID freshEnquiry() {
        return enquiries.ask(users.user("provider"), new ProcedureId(tendering()), "付款方式？").value();
    }

    private UUID procedureOf(UUID enquiry) {
        return jdbc.sql("SELECT procedure_id FROM procurement_enquiry WHERE id = :id").param("id", enquiry).query(UUID.class).single();
    }

    /** A published procedure past its opening: set in SQL until the opening exists. */
    private UUID openedProcedure() {
        UUID id = tendering();
        jdbc.sql("UPDATE procurement_procedure SET state = 'OPENED' WHERE id = :id").param("id", id).update();
        return id;
    }

    /** A message to the user, as the notification module writes one. */
    private UUID messageTo(UUID user) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO notification_message (id, recipient_id, kind, source, locale, subject, body, link, created_at)
                VALUES (:id, :user, 'ANSWER', :source, 'zh-CN', '矩阵消息', '矩阵消息', '/messages', CURRENT_TIMESTAMP)""")
                .param("id", id).param("user", user).param("source", "matrix:" + id).update();
        return id;
    }

    /** One procedure published for all the rows that read it. */
    private UUID publishedProcedure() {
        if (published == null) {
            UUID id = readyDraft();
            publication.publish(users.user("purchaser"), new ProcedureId(id), draftVersion(id));
            published = id;
        }
        return published;
    }

    /** The officials who may be named custodians: those of a department, the finance bureau, the registrar, the audit office. */
    private static Set<Role> custodianRoles() {
        return EnumSet.of(Role.PURCHASER, Role.FINANCE, Role.REGISTRAR, Role.AUDITOR);
    }

    /** The passphrase of a demo user's custodian key (README, "Custodians"); other roles are refused before it counts. */
    private static String custodianPassphrase(String username) {
        return username + "-opening-key";
    }
}
