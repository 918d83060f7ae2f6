package org.cogov.identity;

import java.util.Locale;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Remembers the language a signed-in user chose, so that the next sign-in starts in it. */
@Service
public class LanguagePreference {

    private final Accounts accounts;

    LanguagePreference(Accounts accounts) {
        this.accounts = accounts;
    }

    public void remember(Locale locale) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            accounts.changeLanguage(user, locale);
        }
    }
}
