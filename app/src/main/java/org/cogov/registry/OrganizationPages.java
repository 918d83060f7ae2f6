package org.cogov.registry;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry's screens: the list for those who keep or supervise it, and each organization's profile. */
@Controller
class OrganizationPages {

    record ProfileForm(@Nullable @Size(max = 60) String legalRepresentative,
            @Nullable @Size(max = 200) String registrationAuthority,
            @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
            @Nullable @Size(max = 300) String address,
            @Nullable @Size(max = 60) String contactName,
            @Nullable @Pattern(regexp = "[0-9+()\\- ]{5,30}|") String contactPhone,
            @Nullable @Email @Size(max = 200) String contactEmail) {

        static ProfileForm of(Profile profile) {
            return new ProfileForm(profile.legalRepresentative(), profile.registrationAuthority(), profile.registeredOn(),
                    profile.address(), profile.contactName(), profile.contactPhone(), profile.contactEmail());
        }

        Profile profile() {
            return new Profile(legalRepresentative, registrationAuthority, registeredOn, address, contactName, contactPhone,
                    contactEmail);
        }
    }

    private final Registry registry;
    private final Suppliers suppliers;

    OrganizationPages(Registry registry, Suppliers suppliers) {
        this.registry = registry;
        this.suppliers = suppliers;
    }

    @GetMapping("/registry/organizations")
    String list(Model model) {
        actor().require("registry:organization:list", "registry.organization.list", "organization", null);
        model.addAttribute("organizations", registry.organizations());
        return "registry/organizations";
    }

    /** The signed-in user's own organization. */
    @GetMapping("/registry/organizations/mine")
    String mine() {
        return "redirect:/registry/organizations/" + actor().organizationId();
    }

    @GetMapping("/registry/organizations/{id}")
    String view(@PathVariable UUID id, Model model) {
        OrganizationId organizationId = new OrganizationId(id);
        Organization organization = registry.organization(organizationId)
                .orElseThrow(() -> RuleViolation.notFound("organization.not-found"));
        model.addAttribute("organization", organization);
        model.addAttribute("profile", registry.profile(organizationId).orElse(Profile.EMPTY));
        model.addAttribute("editable", registry.mayChangeProfile(actor(), organizationId));
        model.addAttribute("status", registry.status(organizationId));
        model.addAttribute("trackRecord", registry.trackRecord(organizationId));
        model.addAttribute("record", suppliers.record(actor(), organizationId));
        model.addAttribute("today", registry.today());
        model.addAttribute("organs", registry.organizations().stream().filter(o -> o.kind().mayPurchase()).toList());
        model.addAttribute("posts", Post.values());
        return "registry/organization";
    }

    @GetMapping("/registry/organizations/{id}/profile")
    String edit(@PathVariable UUID id, Model model) {
        OrganizationId organizationId = new OrganizationId(id);
        if (!registry.mayChangeProfile(actor(), organizationId)) {
            throw new Forbidden("registry.organization.profile.update", "organization", id);
        }
        Organization organization = registry.organization(organizationId)
                .orElseThrow(() -> RuleViolation.notFound("organization.not-found"));
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", ProfileForm.of(registry.profile(organizationId).orElse(Profile.EMPTY)));
        }
        model.addAttribute("organization", organization);
        return "registry/profile";
    }

    @PostMapping("/registry/organizations/{id}/profile")
    String save(@PathVariable UUID id, @Valid @ModelAttribute ProfileForm profileForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                registry.changeProfile(actor(), new OrganizationId(id), profileForm.profile());
                redirect.addFlashAttribute("saved", "organization.profile.saved");
                return "redirect:/registry/organizations/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return edit(id, model);
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.organization.read", "organization", null));
    }
}
