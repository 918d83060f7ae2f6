package org.cogov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestCreditCodes;
import org.cogov.TestUsers;
import org.cogov.identity.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Eligibility from the facts the registry keeps: recorded through the services, judged by the rules. */
@DatabaseTest
class SupplierEligibilityTests {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Registry registry;
    @Autowired
    Suppliers suppliers;
    @Autowired
    People people;

    @Test
    void aVerifiedAssociationWithACleanRecordIsEligible() {
        assertThat(suppliers.eligibility(newAssociation(), purchaser(), DAY).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void anAssociationStillHostedByThePurchaserIsAWarningThatNeedsJustification() throws Exception {
        OrganizationId association = newAssociation();
        suppliers.recordHostTie(registrar(), association, new HostTie(purchaser(), HostTie.Role.HOST, null));

        MvcResult result = mvc.perform(get("/api/v1/organizations/" + association.value() + "/eligibility")
                .param("purchaser", purchaser().value().toString()).param("date", DAY.toString())
                .with(users.as("purchaser")).header("Accept-Language", "zh-CN")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("\"verdict\":\"WARNING\"")
                .contains("\"requiresJustification\":true").contains("澜江市商务局");
    }

    @Test
    void aServingOfficialOfThePurchaserOnTheBoardIsAConflict() {
        OrganizationId association = newAssociation();
        PersonId official = people.record(registrar(), "周处长");
        suppliers.recordPosition(registrar(), new Position(official, association, Post.COUNCIL_MEMBER,
                Tenure.since(DAY.minusYears(2))));
        people.recordCivilService(registrar(), new CivilService(official, purchaser(), null));

        Eligibility eligibility = suppliers.eligibility(association, purchaser(), DAY);

        assertThat(eligibility.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(eligibility.reasons()).hasAtLeastOneElementOfType(EligibilityReason.StaffedByServingOfficial.class);
    }

    @Test
    void theSeriousDishonestyListExcludes() {
        OrganizationId association = newAssociation();
        suppliers.recordCreditListEntry(registrar(), association,
                new CreditListEntry(CreditListEntry.CreditList.SERIOUS_DISHONESTY, DAY.minusMonths(3), null), "fine of CNY 80,000");

        assertThat(suppliers.eligibility(association, purchaser(), DAY).verdict()).isEqualTo(Verdict.EXCLUDED);
    }

    @Test
    void aBanByTheFinanceBureauExcludesAndTheRegistrarCannotImposeOne() throws Exception {
        OrganizationId association = newAssociation();
        String ban = "{\"from\":\"" + DAY.minusMonths(1) + "\",\"years\":2,\"reason\":\"false documents (GPL Art. 77)\"}";

        MvcResult byRegistrar = mvc.perform(post("/api/v1/organizations/" + association.value() + "/bans")
                .with(users.as("registrar")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(ban)).andReturn();
        MvcResult byFinance = mvc.perform(post("/api/v1/organizations/" + association.value() + "/bans")
                .with(users.as("finance")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(ban)).andReturn();

        assertThat(byRegistrar.getResponse().getStatus()).isEqualTo(403);
        assertThat(byFinance.getResponse().getStatus()).isEqualTo(201);
        assertThat(suppliers.eligibility(association, purchaser(), DAY).verdict()).isEqualTo(Verdict.EXCLUDED);
    }

    @Test
    void aSelfRegisteredOrganizationIsExcludedUntilVerified() {
        OrganizationId pending = registry.registerForVerification(new Organization(new OrganizationId(UUID.randomUUID()),
                TestCreditCodes.next(), "澜江市新注册协会", "Newly Registered Association",
                OrganizationKind.INDUSTRY_ASSOCIATION), Profile.EMPTY).id();

        assertThat(suppliers.eligibility(pending, purchaser(), DAY).reasons())
                .hasAtLeastOneElementOfType(EligibilityReason.RegistrationNotVerified.class);
    }

    @Test
    void aProviderMayAskAboutItselfButNotAboutAnother() throws Exception {
        OrganizationId own = new OrganizationId(users.user("provider").organizationId());
        OrganizationId other = new OrganizationId(users.user("provider2").organizationId());

        int self = mvc.perform(get("/api/v1/organizations/" + own.value() + "/eligibility")
                .param("purchaser", purchaser().value().toString()).with(users.as("provider"))).andReturn().getResponse().getStatus();
        int foreign = mvc.perform(get("/api/v1/organizations/" + other.value() + "/eligibility")
                .param("purchaser", purchaser().value().toString()).with(users.as("provider"))).andReturn().getResponse().getStatus();

        assertThat(self).isEqualTo(200);
        assertThat(foreign).isEqualTo(403);
    }


    private OrganizationId newAssociation() {
        return registry.register(new Organization(new OrganizationId(UUID.randomUUID()), TestCreditCodes.next(),
                "澜江市资格测试协会", "Eligibility Test Association", OrganizationKind.INDUSTRY_ASSOCIATION), Profile.EMPTY).id();
    }

    private OrganizationId purchaser() {
        return new OrganizationId(users.user("purchaser").organizationId());
    }

    private SignedInUser registrar() {
        return users.user("registrar");
    }
}
