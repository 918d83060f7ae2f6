package org.cogov.shared.web;

import java.util.Locale;

import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcome of a form that posts and redirects back to its page: the saved notice, or the rules'
 * refusal in the user's words (every reason, when several rules refuse), carried across the redirect.
 */
@Component
public class FormOutcome {

    private final MessageSource messages;

    FormOutcome(MessageSource messages) {
        this.messages = messages;
    }

    public void flash(RedirectAttributes redirect, Locale locale, String savedKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", savedKey);
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.NOT_FOUND) {
                // Not a correctable form: the object is not there, or not the caller's to know of.
                throw refused;
            }
            redirect.addFlashAttribute("refused", text(refused, locale));
        } catch (RuleViolations refused) {
            redirect.addFlashAttribute("refused",
                    String.join(" ", refused.violations().stream().map(v -> text(v, locale)).toList()));
        }
    }

    private String text(RuleViolation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale);
    }
}
