package org.cogov.identity;

import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.registry.Registry;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's screens for accounts and roles. Every check is the service's; these only show. */
@Controller
class UserAdminPages {

    record EditForm(@NotBlank @Size(max = 100) String displayName, @Nullable @Email @Size(max = 200) String email,
            boolean enabled, int version) {
    }

    record NewUserForm(@NotBlank @Size(max = 60) @Pattern(regexp = "[a-zA-Z0-9._-]+") String username,
            @NotBlank @Size(max = 100) String displayName, @Nullable @Email @Size(max = 200) String email,
            @NotNull UUID organizationId, @Nullable Set<Role> roles, @NotBlank @Size(max = 256) String password,
            @NotBlank String locale) {
    }

    private final UserAdministration administration;
    private final Registry registry;

    UserAdminPages(UserAdministration administration, Registry registry) {
        this.administration = administration;
        this.registry = registry;
    }

    @GetMapping("/admin/users")
    String list(@AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        model.addAttribute("users", administration.list(me, locale));
        return "admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Model model, Locale locale) {
        var user = administration.view(me, id, locale);
        if (!model.containsAttribute("editForm")) {
            model.addAttribute("editForm", new EditForm(user.displayName(), user.email(), user.enabled(), user.version()));
        }
        model.addAttribute("account", user);
        boolean self = me.userId().equals(id);
        model.addAttribute("self", self);
        model.addAttribute("assignableRoles", self || !me.can("identity:role:grant") ? List.of()
                : administration.assignableRoles(me, id));
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}")
    String update(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, @Valid @ModelAttribute EditForm editForm,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                administration.update(me, id, new UserAdministration.UserChange(editForm.displayName(), editForm.email(),
                        editForm.enabled(), editForm.version()), locale);
                redirect.addFlashAttribute("saved", "admin.user.saved");
                return "redirect:/admin/users/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return edit(me, id, model, locale);
    }

    @PostMapping("/admin/users/{id}/roles")
    String grant(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
            @RequestParam(name = "roles", required = false) @Nullable Set<Role> roles, Locale locale,
            RedirectAttributes redirect) {
        administration.grantRoles(me, id, roles == null ? EnumSet.noneOf(Role.class) : roles, locale);
        redirect.addFlashAttribute("saved", "admin.user.roles-saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        administration.unlock(me, id, locale);
        redirect.addFlashAttribute("saved", "admin.user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/admin/users/new")
    String newUser(@AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        me.require("identity:user:create", "identity.user.create", "user", null);
        if (!model.containsAttribute("newUserForm")) {
            model.addAttribute("newUserForm", new NewUserForm("", "", null, null, Set.of(), "", "zh-CN"));
        }
        model.addAttribute("organizations", registry.organizations());
        model.addAttribute("allRoles", Arrays.asList(Role.values()));
        model.addAttribute("languages", Accounts.LANGUAGES.stream().sorted().toList());
        return "admin/new-user";
    }

    @PostMapping("/admin/users/new")
    String create(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute NewUserForm newUserForm,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var created = administration.create(me, new UserAdministration.NewUser(newUserForm.username(),
                        newUserForm.displayName(), newUserForm.email(), newUserForm.organizationId(),
                        newUserForm.roles() == null ? Set.of() : newUserForm.roles(), newUserForm.password(),
                        newUserForm.locale()), locale);
                redirect.addFlashAttribute("saved", "admin.user.created");
                return "redirect:/admin/users/" + created.id();
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return newUser(me, model, locale);
    }
}
