package org.cogov.performance.survey;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answer pages, for anyone holding a token, without an account; made for a phone first. A token that does not exist
 * gets a plain page answered 404, a used one or one of a closed survey a plain page answered 410 — never an error trace.
 */
@Controller
class PublicSurveys {

    /** The rating form's value for "cannot say". */
    static final String CANNOT_SAY = "none";

    private final Surveys surveys;
    private final MessageSource messages;

    PublicSurveys(Surveys surveys, MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    @GetMapping("/public/surveys/{token}")
    String question(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("q", surveys.question(token));
        } catch (RuleViolation gone) {
            return gone(gone, model, response);
        }
        model.addAttribute("token", token);
        return "performance/answer";
    }

    @PostMapping("/public/surveys/{token}")
    String answer(@PathVariable String token, @RequestParam(required = false) @Nullable String rating,
            @RequestParam(required = false) @Nullable String comment, Model model, Locale locale, HttpServletResponse response) {
        try {
            if (rating == null || rating.isBlank()) {
                throw RuleViolation.refused("performance.survey.choose", "rating");
            }
            surveys.answer(token, rating.equals(CANNOT_SAY) ? null : parse(rating), comment);
        } catch (RuleViolation refused) {
            if (refused.kind() != RuleViolation.Kind.REFUSED) {
                return gone(refused, model, response);
            }
            response.setStatus(422);
            model.addAttribute("refused", messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
            model.addAttribute("rating", rating);
            model.addAttribute("comment", comment);
            return question(token, model, response);
        }
        return "redirect:/public/surveys/thanks";
    }

    @GetMapping("/public/surveys/thanks")
    String thanks() {
        return "performance/thanks";
    }

    private static int parse(String rating) {
        try {
            return Integer.parseInt(rating);
        } catch (NumberFormatException e) {
            throw RuleViolation.refused("performance.survey.rating", "rating");
        }
    }

    private static String gone(RuleViolation why, Model model, HttpServletResponse response) {
        boolean unknown = why.kind() == RuleViolation.Kind.NOT_FOUND;
        response.setStatus(unknown ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        model.addAttribute("reason", why.messageKey());
        return "performance/token-gone";
    }
}
