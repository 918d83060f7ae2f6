package org.cogov.web;

import org.cogov.identity.SignedInUser;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.Registry;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page: the public welcome, or a signed-in user's desk with what each of their roles does. */
@Controller
class Home {

    private final Registry registry;

    Home(Registry registry) {
        this.registry = registry;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Object principal, Model model) {
        if (!(principal instanceof SignedInUser user)) {
            return "welcome";
        }
        model.addAttribute("user", user);
        registry.organization(new OrganizationId(user.organizationId()))
                .ifPresent(organization -> model.addAttribute("organization", organization));
        model.addAttribute("roles", user.roles().stream().sorted().toList());
        return "home";
    }
}
