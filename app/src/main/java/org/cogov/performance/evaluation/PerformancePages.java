package org.cogov.performance.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.cogov.contracting.ContractId;
import org.cogov.contracting.Dimension;
import org.cogov.contracting.Indicator;
import org.cogov.contracting.IndicatorGroup;
import org.cogov.contracting.IndicatorSet;
import org.cogov.contracting.ScoringRule;
import org.cogov.performance.EvaluationKind;
import org.cogov.performance.Scoring;
import org.cogov.registry.Organization;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.OrganizationKind;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation pages: a contract's evaluation for its parties, its evaluator, the finance bureau and auditors — the
 * assignment of the evaluator, each evaluation's form with a row per indicator and its evidence file, the conclusion,
 * and the provider's comment — and the evaluation organization's list of the contracts assigned to it.
 */
@Controller
class PerformancePages {

    /** One row of an evaluation form: an indicator outside the satisfaction group, by its place. */
    record Row(int group, int indicator, Dimension dimension, String nameZh, String nameEn, BigDecimal weight, String target,
            boolean judgement) {
    }

    private final Evaluations evaluations;
    private final Registry registry;
    private final FormOutcome outcome;

    PerformancePages(Evaluations evaluations, Registry registry, FormOutcome outcome) {
        this.evaluations = evaluations;
        this.registry = registry;
        this.outcome = outcome;
    }

    @GetMapping("/contracts/{id}/performance")
    String page(@PathVariable UUID id, Model model) {
        Evaluations.ContractEvaluation view = evaluations.view(actor(id), new ContractId(id));
        model.addAttribute("v", view);
        model.addAttribute("c", view.contract());
        model.addAttribute("rows", rows(view.contract().indicators()));
        model.addAttribute("result", view.result() == null ? null : PublishedResult.of(view.result()));
        if (view.mayAssign()) {
            model.addAttribute("evaluators", registry.verified().stream()
                    .filter(o -> o.kind() == OrganizationKind.THIRD_PARTY_EVALUATOR).toList());
        } else {
            model.addAttribute("evaluators", List.<Organization>of());
        }
        return "performance/evaluation";
    }

    @PostMapping("/contracts/{id}/performance/evaluator")
    String assign(@PathVariable UUID id, @RequestParam UUID evaluator, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "performance.page.evaluator-assigned",
                () -> evaluations.assign(actor(id), new ContractId(id), new OrganizationId(evaluator)));
        return back(id);
    }

    @PostMapping("/contracts/{id}/performance/evaluations/{kind}")
    String submit(@PathVariable UUID id, @PathVariable String kind, @RequestParam String summary, @RequestParam Map<String, String> form,
            MultipartHttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        Actor actor = actor(id);
        EvaluationKind evaluationKind = PerformanceApi.kind(kind);
        List<Row> rows = rows(evaluations.view(actor, new ContractId(id)).contract().indicators());
        List<Evaluations.Evidence> uploads = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            MultipartFile file = request.getFile("evidence_" + r);
            if (file != null && !file.isEmpty()) {
                try {
                    uploads.add(new Evaluations.Evidence(r, file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename(),
                            file.getInputStream()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        outcome.flash(redirect, locale, "performance.page.submitted", () -> {
            List<Scoring.ScoreEntry> entries = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                entries.add(new Scoring.ScoreEntry(row.group(), row.indicator(), decimal(form.get("measured_" + r), "scores[" + r + "].measured"),
                        decimal(form.get("points_" + r), "scores[" + r + "].points"), form.get("reason_" + r),
                        uuid(form.get("evidenceId_" + r), "scores[" + r + "].evidence")));
            }
            evaluations.submit(actor, new ContractId(id), evaluationKind, new Evaluations.Submission(summary, null, entries), uploads);
        });
        return back(id);
    }

    @PostMapping("/contracts/{id}/performance/conclusion")
    String conclude(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "performance.page.concluded", () -> evaluations.conclude(actor(id), new ContractId(id)));
        return back(id);
    }

    @PostMapping("/contracts/{id}/performance/comment")
    String comment(@PathVariable UUID id, @RequestParam String comment, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "performance.page.commented", () -> evaluations.comment(actor(id), new ContractId(id), comment));
        return back(id);
    }

    @GetMapping("/evaluations")
    String assigned(Model model) {
        model.addAttribute("contracts", evaluations.assigned(actor(null)));
        return "performance/assigned";
    }

    /** The indicators an evaluator scores: every one outside the satisfaction group, which the survey scores. */
    static List<Row> rows(IndicatorSet set) {
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < set.groups().size(); g++) {
            IndicatorGroup group = set.groups().get(g);
            if (group.dimension() == Dimension.SATISFACTION) {
                continue;
            }
            for (int i = 0; i < group.indicators().size(); i++) {
                Indicator indicator = group.indicators().get(i);
                rows.add(new Row(g, i, group.dimension(), indicator.nameZh(), indicator.nameEn(), indicator.weight(), indicator.target(),
                        indicator.rule() instanceof ScoringRule.Judgement));
            }
        }
        return rows;
    }

    private static @Nullable BigDecimal decimal(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.refused("performance.score.not-a-number", field);
        }
    }

    private static @Nullable UUID uuid(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.refused("performance.evaluation.document-unknown", field);
        }
    }

    private static String back(UUID id) {
        return "redirect:/contracts/" + id + "/performance";
    }

    private static Actor actor(@Nullable UUID id) {
        return Actor.current().orElseThrow(() -> new Forbidden("performance.evaluation", "contract", id));
    }
}
