package org.cogov.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organizations and their profiles over the API, with the checks of the registry's screens. */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApi {

    record OrganizationView(UUID id, String creditCode, String nameZh, String nameEn, OrganizationKind kind,
            boolean mayPurchase, boolean maySupply, Profile profile) {
    }

    record ProfileChange(@Nullable @Size(max = 60) String legalRepresentative,
            @Nullable @Size(max = 200) String registrationAuthority, @Nullable LocalDate registeredOn,
            @Nullable @Size(max = 300) String address, @Nullable @Size(max = 60) String contactName,
            @Nullable @Pattern(regexp = "[0-9+()\\- ]{5,30}") @Size(max = 30) String contactPhone,
            @Nullable @Email @Size(max = 200) String contactEmail) {
    }

    record Decision(@NotNull RegistrationStatus decision, @Nullable @Size(max = 500) String reason) {
    }

    private final Registry registry;

    OrganizationApi(Registry registry) {
        this.registry = registry;
    }

    @GetMapping
    List<OrganizationView> list() {
        actor().require("registry:organization:list", "registry.organization.list", "organization", null);
        var profiles = registry.profiles();
        return registry.organizations().stream()
                .map(o -> view(o, profiles.getOrDefault(o.id(), Profile.EMPTY))).toList();
    }

    @GetMapping("/{id}")
    OrganizationView one(@PathVariable UUID id) {
        actor();
        return registry.organization(new OrganizationId(id))
                .map(o -> view(o, registry.profile(o.id()).orElse(Profile.EMPTY)))
                .orElseThrow(() -> RuleViolation.notFound("organization.not-found"));
    }

    @PutMapping("/{id}/profile")
    Profile changeProfile(@PathVariable UUID id, @Valid @RequestBody ProfileChange change) {
        return registry.changeProfile(actor(), new OrganizationId(id), new Profile(change.legalRepresentative(),
                change.registrationAuthority(), change.registeredOn(), change.address(), change.contactName(),
                change.contactPhone(), change.contactEmail()));
    }

    record Imported(int imported) {
    }

    /** A CSV file of organizations (columns in {@code OrganizationFile}), imported whole or refused whole. */
    @PostMapping(path = "/import", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    Imported importFile(@RequestBody String file) {
        return new Imported(registry.importOrganizations(actor(), file));
    }

    /** Self-registrations waiting for the registrar. */
    @GetMapping("/registrations")
    List<OrganizationView> awaiting() {
        var profiles = registry.profiles();
        return registry.awaitingVerification(actor()).stream()
                .map(o -> view(o, profiles.getOrDefault(o.id(), Profile.EMPTY))).toList();
    }

    @PostMapping("/{id}/registration-decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decide(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        registry.decide(actor(), new OrganizationId(id), decision.decision(), decision.reason() == null ? "" : decision.reason());
    }

    private static OrganizationView view(Organization o, Profile profile) {
        return new OrganizationView(o.id().value(), o.creditCode(), o.nameZh(), o.nameEn(), o.kind(), o.kind().mayPurchase(),
                o.kind().maySupply(), profile);
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.organization.read", "organization", null));
    }
}
