package org.cogov.identity;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account over the API: profile, password and tokens. */
@RestController
@RequestMapping("/api/v1/account")
class AccountApi {

    record ProfileChange(@NotBlank @Size(max = 100) String displayName, @Nullable @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 10) String locale) {
    }

    record PasswordChange(@NotBlank @Size(max = 256) String currentPassword, @NotBlank @Size(max = 256) String newPassword) {
    }

    record TokenRequest(@NotBlank @Size(max = 60) String name) {
    }

    private final Accounts accounts;
    private final ApiTokens tokens;

    AccountApi(Accounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    Accounts.Profile profile(@AuthenticationPrincipal SignedInUser me) {
        return accounts.profile(me);
    }

    @PutMapping
    Accounts.Profile change(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody ProfileChange change) {
        return accounts.changeProfile(me, change.displayName(), change.email(), change.locale());
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void password(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody PasswordChange change,
            HttpServletRequest request) {
        var session = request.getSession(false);
        accounts.changePassword(me, change.currentPassword(), change.newPassword(), session == null ? "" : session.getId());
    }

    @GetMapping("/tokens")
    List<ApiTokens.TokenView> tokens(@AuthenticationPrincipal SignedInUser me) {
        return tokens.of(me);
    }

    /** The answer holds the token itself; it is never shown again. */
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.NewToken createToken(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody TokenRequest request) {
        return tokens.create(me, request.name().strip());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal SignedInUser me, @PathVariable UUID id) {
        tokens.revoke(me, id);
    }
}
