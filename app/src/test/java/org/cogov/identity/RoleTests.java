package org.cogov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cogov.registry.OrganizationKind;
import org.junit.jupiter.api.Test;

class RoleTests {

    @Test
    void aDepartmentsOfficialCanNeverBeAProvider() {
        assertThat(Role.PROVIDER.mayBeHeldBy(OrganizationKind.DEPARTMENT)).isFalse();
    }

    @Test
    void anAssociationsStaffCanNeverBeAPurchaser() {
        assertThat(Role.PURCHASER.mayBeHeldBy(OrganizationKind.INDUSTRY_ASSOCIATION)).isFalse();
    }

    @Test
    void categoryOnePublicInstitutionsMayNotSupply() {
        assertThat(Role.PROVIDER.mayBeHeldBy(OrganizationKind.PUBLIC_INSTITUTION_I)).isFalse();
        assertThat(Role.PROVIDER.mayBeHeldBy(OrganizationKind.PUBLIC_INSTITUTION_II)).isTrue();
    }

    @Test
    void onlyTheFinanceBureauHoldsTheFinanceRole() {
        for (OrganizationKind kind : OrganizationKind.values()) {
            assertThat(Role.FINANCE.mayBeHeldBy(kind)).isEqualTo(kind == OrganizationKind.FINANCE_BUREAU);
        }
    }

    @Test
    void anExpertMayComeFromAnyOrganization() {
        for (OrganizationKind kind : OrganizationKind.values()) {
            assertThat(Role.EXPERT.mayBeHeldBy(kind)).isTrue();
        }
    }
}
