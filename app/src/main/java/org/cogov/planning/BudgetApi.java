package org.cogov.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.registry.OrganizationId;
import org.cogov.shared.Actor;
import org.cogov.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budget lines over the API: a department proposes its own, the finance bureau records lines approved at
 * once (one by one or from a CSV file) and approves or rejects proposals.
 */
@RestController
class BudgetApi {

    record LineView(UUID id, UUID department, int fiscalYear, String code, String name, BigDecimal amount,
            BigDecimal committed, BigDecimal spent, BigDecimal uncommitted, BudgetLine.Status status,
            @Nullable String decisionReason, int version) {

        static LineView of(BudgetLine line) {
            return new LineView(line.id().value(), line.department().value(), line.fiscalYear(), line.code(), line.name(),
                    line.amount().amount(), line.committed().amount(), line.spent().amount(), line.uncommitted().amount(),
                    line.status(), line.decisionReason(), line.version());
        }
    }

    record NewLine(@NotNull Integer fiscalYear, @NotBlank @Size(max = BudgetFile.MAX_CODE) String code,
            @NotBlank @Size(max = BudgetFile.MAX_NAME) String name, @NotNull @Digits(integer = 16, fraction = 2) BigDecimal amount) {

        Budgets.NewLine line() {
            return new Budgets.NewLine(fiscalYear, code, name, new Money(amount));
        }
    }

    record Approval(@NotNull Integer version) {
    }

    record Rejection(@NotNull Integer version, @NotBlank @Size(max = 500) String reason) {
    }

    record Imported(int imported) {
    }

    private final Budgets budgets;

    BudgetApi(Budgets budgets) {
        this.budgets = budgets;
    }

    /** The caller's department's lines, or every department's for the finance bureau and auditors. */
    @GetMapping("/api/v1/budget-lines")
    List<LineView> lines(@AuthenticationPrincipal Actor me, @RequestParam(required = false) @Nullable Integer fiscalYear,
            @RequestParam(required = false) @Nullable UUID department) {
        return budgets.lines(me, fiscalYear, department == null ? null : new OrganizationId(department)).stream()
                .map(LineView::of).toList();
    }

    @GetMapping("/api/v1/budget-lines/{id}")
    LineView line(@AuthenticationPrincipal Actor me, @PathVariable UUID id) {
        return LineView.of(budgets.line(me, new BudgetLineId(id)));
    }

    /** The caller's department proposes a line; it funds nothing until the finance bureau approves it. */
    @PostMapping("/api/v1/budget-lines")
    @ResponseStatus(HttpStatus.CREATED)
    LineView propose(@AuthenticationPrincipal Actor me, @Valid @RequestBody NewLine line) {
        return LineView.of(budgets.line(me, budgets.propose(me, line.line())));
    }

    /** The finance bureau records a line of a department, approved at once. */
    @PostMapping("/api/v1/departments/{department}/budget-lines")
    @ResponseStatus(HttpStatus.CREATED)
    LineView record(@AuthenticationPrincipal Actor me, @PathVariable UUID department, @Valid @RequestBody NewLine line) {
        return LineView.of(budgets.line(me, budgets.record(me, new OrganizationId(department), line.line())));
    }

    @PostMapping("/api/v1/budget-lines/{id}/approval")
    LineView approve(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @Valid @RequestBody Approval approval) {
        budgets.approve(me, new BudgetLineId(id), approval.version());
        return LineView.of(budgets.line(me, new BudgetLineId(id)));
    }

    @PostMapping("/api/v1/budget-lines/{id}/rejection")
    LineView reject(@AuthenticationPrincipal Actor me, @PathVariable UUID id, @Valid @RequestBody Rejection rejection) {
        budgets.reject(me, new BudgetLineId(id), rejection.version(), rejection.reason());
        return LineView.of(budgets.line(me, new BudgetLineId(id)));
    }

    /** A CSV file of approved lines (columns in {@link BudgetFile}), recorded whole or refused whole with every wrong line. */
    @PostMapping(path = "/api/v1/budget-lines/import", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    Imported importFile(@AuthenticationPrincipal Actor me, @RequestBody String file) {
        return new Imported(budgets.importFile(me, file));
    }
}
