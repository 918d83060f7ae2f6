package org.cogov.shared.web;

import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.springframework.validation.BindingResult;

/** Shows a rule's refusal beside the form field it concerns, instead of on an error page. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, RuleViolation violation) {
        if (violation.field() != null && binding.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(), violation.field()) != null) {
            binding.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), violation.messageKey());
        } else {
            binding.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
        }
    }

    /** Every reason of a refusal beside its own field, so that the form is corrected in one pass. */
    public static void reject(BindingResult binding, RuleViolations violations) {
        violations.violations().forEach(violation -> reject(binding, violation));
    }
}
