package org.cogov.registry;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The registry's list of organizations, for those who keep or supervise it. */
@Controller
class OrganizationPages {

    private final Registry registry;

    OrganizationPages(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/registry/organizations")
    String list(Model model) {
        Actor actor = Actor.current().orElseThrow(() -> new Forbidden("registry.organization.list", "organization", null));
        actor.require("registry:organization:list", "registry.organization.list", "organization", null);
        model.addAttribute("organizations", registry.organizations());
        return "registry/organizations";
    }
}
