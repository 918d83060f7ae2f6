package org.cogov.identity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and roles over the API: the same service, the same checks as the operator's screens. */
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    record UserChange(@NotBlank @Size(max = 100) String displayName, @Nullable @Email @Size(max = 200) String email,
            @NotNull Boolean enabled, @NotNull Integer version) {
    }

    record RoleGrant(@NotNull @Size(max = 9) Set<@NotNull Role> roles) {
    }

    record NewUser(@NotBlank @Size(max = 60) @Pattern(regexp = "[a-zA-Z0-9._-]+") String username,
            @NotBlank @Size(max = 100) String displayName, @Nullable @Email @Size(max = 200) String email,
            @NotNull UUID organizationId, @NotNull @Size(max = 9) Set<@NotNull Role> roles,
            @NotBlank @Size(max = 256) String password, @NotBlank @Size(max = 10) String locale) {
    }

    private final UserAdministration administration;

    UserApi(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    List<UserAdministration.UserRow> list(@AuthenticationPrincipal SignedInUser me, Locale locale) {
        return administration.list(me, locale);
    }

    @GetMapping("/{id}")
    UserAdministration.UserRow view(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale) {
        return administration.view(me, id, locale);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserAdministration.UserRow create(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody NewUser user,
            Locale locale) {
        return administration.create(me, new UserAdministration.NewUser(user.username(), user.displayName(), user.email(),
                user.organizationId(), user.roles(), user.password(), user.locale()), locale);
    }

    @PutMapping("/{id}")
    UserAdministration.UserRow update(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
            @Valid @RequestBody UserChange change, Locale locale) {
        return administration.update(me, id,
                new UserAdministration.UserChange(change.displayName(), change.email(), change.enabled(), change.version()),
                locale);
    }

    @PutMapping("/{id}/roles")
    UserAdministration.UserRow grant(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id,
            @Valid @RequestBody RoleGrant grant, Locale locale) {
        return administration.grantRoles(me, id, grant.roles(), locale);
    }

    @PostMapping("/{id}/unlock")
    UserAdministration.UserRow unlock(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id, Locale locale) {
        return administration.unlock(me, id, locale);
    }
}
