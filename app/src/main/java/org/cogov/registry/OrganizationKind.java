package org.cogov.registry;

import org.cogov.shared.Domain;

/**
 * The kinds of organization that the rules tell apart (MoF Order 102): who may buy, who may supply,
 * and who may be neither.
 */
@Domain
public enum OrganizationKind {
    DEPARTMENT(true, false),
    FINANCE_BUREAU(true, false),
    REGISTRATION_AUTHORITY(true, false),
    AUDIT_OFFICE(true, false),
    INDUSTRY_ASSOCIATION(false, true),
    FOUNDATION(false, true),
    SOCIAL_SERVICE_AGENCY(false, true),
    ENTERPRISE(false, true),
    PUBLIC_INSTITUTION_I(false, false),
    PUBLIC_INSTITUTION_II(false, true),
    MASS_ORGANIZATION(false, false),
    RURAL_COLLECTIVE(false, true),
    GRASSROOTS_SELF_GOVERNING(false, true),
    PROCUREMENT_AGENCY(false, false),
    THIRD_PARTY_EVALUATOR(false, true),
    PLATFORM_OPERATOR(false, false);

    private final boolean mayPurchase;
    private final boolean maySupply;

    OrganizationKind(boolean mayPurchase, boolean maySupply) {
        this.mayPurchase = mayPurchase;
        this.maySupply = maySupply;
    }

    public boolean mayPurchase() {
        return mayPurchase;
    }

    public boolean maySupply() {
        return maySupply;
    }
}
