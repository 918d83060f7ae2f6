package org.cogov.disclosure;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Profile;
import org.cogov.registry.RegistrationStatus;
import org.cogov.registry.Registry;
import org.cogov.registry.Standing;
import org.cogov.registry.SupplierRecord;
import org.cogov.registry.Suppliers;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The registry as anyone sees it without signing in: the verified organizations that may supply
 * services, their standing, and each one's registration, ratings, host organs, credit-list entries,
 * bans and revenue shares — never the people on their boards, which are personal data.
 */
@Controller
class PublicRegistry {

    record Listed(UUID id, String creditCode, String nameZh, String nameEn, OrganizationKind kind, @Nullable String rating,
            boolean onCreditList, boolean barred, boolean attachedToOrgan) {
    }

    record Published(UUID id, String creditCode, String nameZh, String nameEn, OrganizationKind kind,
            @Nullable String legalRepresentative, @Nullable String registrationAuthority, @Nullable String registeredOn,
            @Nullable String address, Standing standing, SupplierRecord record) {
    }

    private final Registry registry;
    private final Suppliers suppliers;

    PublicRegistry(Registry registry, Suppliers suppliers) {
        this.registry = registry;
        this.suppliers = suppliers;
    }

    @GetMapping("/public/registry")
    String list(@RequestParam(required = false) @Nullable OrganizationKind kind, @RequestParam(defaultValue = "") String name,
            Model model, Locale locale) {
        model.addAttribute("organizations", suppliersNamed(kind, name, locale));
        model.addAttribute("kinds", List.of(OrganizationKind.values()).stream().filter(OrganizationKind::maySupply).toList());
        model.addAttribute("kind", kind);
        model.addAttribute("name", name);
        return "disclosure/registry";
    }

    @GetMapping("/public/registry/{id}")
    String organization(@PathVariable UUID id, Model model) {
        model.addAttribute("organization", published(id));
        model.addAttribute("today", registry.today());
        return "disclosure/organization";
    }

    /** The same list as open data. */
    @GetMapping("/api/v1/public/organizations")
    @ResponseBody
    List<Listed> listData(@RequestParam(required = false) @Nullable OrganizationKind kind,
            @RequestParam(defaultValue = "") String name, Locale locale) {
        return suppliersNamed(kind, name, locale);
    }

    @GetMapping("/api/v1/public/organizations/{id}")
    @ResponseBody
    Published organizationData(@PathVariable UUID id) {
        return published(id);
    }

    private List<Listed> suppliersNamed(@Nullable OrganizationKind kind, String name, Locale locale) {
        Map<OrganizationId, Standing> standings = suppliers.standings(registry.today());
        String wanted = name.strip();
        Collator collator = Collator.getInstance(locale);
        return registry.verified().stream()
                .filter(o -> o.kind().maySupply() && (kind == null || o.kind() == kind))
                .filter(o -> wanted.isEmpty() || o.nameZh().contains(wanted)
                        || o.nameEn().toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(o -> o.name(locale), collator))
                .map(o -> {
                    Standing standing = standings.getOrDefault(o.id(), Standing.CLEAN);
                    return new Listed(o.id().value(), o.creditCode(), o.nameZh(), o.nameEn(), o.kind(),
                            standing.rating() == null ? null : standing.rating().label(), standing.onCreditList(),
                            standing.barred(), standing.attachedToOrgan());
                })
                .toList();
    }

    private Published published(UUID id) {
        OrganizationId organizationId = new OrganizationId(id);
        Organization organization = registry.organization(organizationId)
                .filter(o -> o.kind().maySupply() && registry.status(organizationId) == RegistrationStatus.VERIFIED)
                .orElseThrow(() -> RuleViolation.notFound("organization.not-found"));
        Profile profile = registry.profile(organizationId).orElse(Profile.EMPTY);
        return new Published(id, organization.creditCode(), organization.nameZh(), organization.nameEn(), organization.kind(),
                profile.legalRepresentative(), profile.registrationAuthority(),
                profile.registeredOn() == null ? null : profile.registeredOn().toString(), profile.address(),
                suppliers.standing(organizationId, registry.today()),
                suppliers.publicRecord(organizationId));
    }
}
