package org.cogov.identity;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.registry.OrganizationKind;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The public page on which an organization that wants to supply services registers itself. */
@Controller
class RegistrationPages {

    record RegistrationForm(@NotBlank @Size(max = 18) String creditCode, @NotNull OrganizationKind kind,
            @NotBlank @Size(max = 200) String nameZh, @NotBlank @Size(max = 200) String nameEn,
            @Nullable @Size(max = 60) String legalRepresentative, @Nullable @Size(max = 300) String address,
            @Nullable @Pattern(regexp = "[0-9+()\\- ]{5,30}|") String contactPhone,
            @Nullable @Email @Size(max = 200) String contactEmail,
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-zA-Z0-9._-]+") String username,
            @NotBlank @Size(max = 100) String displayName, @NotBlank @Size(max = 256) String password) {
    }

    private final ProviderRegistration registration;

    RegistrationPages(ProviderRegistration registration) {
        this.registration = registration;
    }

    @GetMapping("/register")
    String form(Model model) {
        if (!model.containsAttribute("registrationForm")) {
            model.addAttribute("registrationForm", new RegistrationForm("", OrganizationKind.INDUSTRY_ASSOCIATION, "", "",
                    null, null, null, null, "", "", ""));
        }
        model.addAttribute("kinds", Arrays.stream(OrganizationKind.values()).filter(OrganizationKind::maySupply).toList());
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute RegistrationForm registrationForm, BindingResult binding, Model model,
            HttpServletRequest request) {
        if (!binding.hasErrors()) {
            try {
                registration.admit(ClientAddress.of(request));
                registration.register(new ProviderRegistration.Application(registrationForm.creditCode(),
                        registrationForm.kind(), registrationForm.nameZh(), registrationForm.nameEn(),
                        registrationForm.legalRepresentative(), registrationForm.address(), registrationForm.contactPhone(),
                        registrationForm.contactEmail(), registrationForm.username(), registrationForm.displayName(),
                        registrationForm.password()), ClientAddress.of(request));
                return "identity/registered";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return form(model);
    }
}
