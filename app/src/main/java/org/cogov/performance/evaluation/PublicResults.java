package org.cogov.performance.evaluation;

import java.util.List;
import java.util.UUID;

import org.cogov.contracting.ContractId;
import org.cogov.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** Concluded performance evaluations for everyone, without signing in; a contract not yet concluded has none here. */
@Controller
class PublicResults {

    /** The most results a list gives. */
    static final int LIST_MAX = 200;

    private final Evaluations evaluations;

    PublicResults(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/api/v1/public/performance")
    @ResponseBody
    List<Evaluations.ConcludedContract> list() {
        return evaluations.concluded(LIST_MAX);
    }

    @GetMapping("/api/v1/public/performance/{contract}")
    @ResponseBody
    PublishedResult read(@PathVariable UUID contract) {
        return evaluations.published(new ContractId(contract)).map(PublishedResult::of)
                .orElseThrow(() -> RuleViolation.notFound("performance.result.unknown", contract));
    }

    @GetMapping("/public/performance")
    String listPage(Model model) {
        model.addAttribute("results", list());
        return "performance/public-results";
    }

    @GetMapping("/public/performance/{contract}")
    String page(@PathVariable UUID contract, Model model) {
        model.addAttribute("r", read(contract));
        return "performance/public-result";
    }
}
