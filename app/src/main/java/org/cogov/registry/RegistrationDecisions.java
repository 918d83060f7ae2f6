package org.cogov.registry;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registrar's queue of self-registrations. */
@Controller
class RegistrationDecisions {

    private final Registry registry;

    RegistrationDecisions(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/registry/registrations")
    String queue(Model model) {
        model.addAttribute("organizations", registry.awaitingVerification(actor()));
        return "registry/registrations";
    }

    @PostMapping("/registry/registrations/{id}")
    String decide(@PathVariable UUID id, @RequestParam RegistrationStatus decision,
            @RequestParam(defaultValue = "") @Size(max = 500) String reason, RedirectAttributes redirect) {
        registry.decide(actor(), new OrganizationId(id), decision, reason);
        redirect.addFlashAttribute("saved", "registrations.decided");
        return "redirect:/registry/registrations";
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.organization.registration-list", "organization", null));
    }
}
