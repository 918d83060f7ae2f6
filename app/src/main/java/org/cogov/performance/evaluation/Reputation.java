package org.cogov.performance.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.contracting.Grade;
import org.cogov.contracting.PerformanceGrades;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.procurement.PastPerformance;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.TrackRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reputation loop: the grades concluded here are what the modules above ask of a provider's past — the last grade of
 * a contract that would be renewed, the past-performance factor of a later procedure, and the entries of the registry's
 * track record (each evaluated contract with its grade, and the milestones it delivered late).
 *
 * <p>Past performance is the mean total of the provider's results concluded by the day, within the look-back period
 * (3 years by default): recent enough to describe the organization as it is, long enough for one contract not to decide.
 */
@Component
class Reputation implements PerformanceGrades, PastPerformance, TrackRecord.Source {

    private final PerformanceRecords records;
    // Looked up when asked: the registry, which contracting's drafts depend on, is built with this track-record source.
    private final ObjectProvider<ContractDrafts> drafts;
    private final Period lookBack;

    Reputation(PerformanceRecords records, ObjectProvider<ContractDrafts> drafts,
            @Value("${cogov.performance.past-performance-years:3}") int lookBackYears) {
        this.records = records;
        this.drafts = drafts;
        this.lookBack = Period.ofYears(lookBackYears);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Grade> lastGrade(ContractId contract) {
        return records.result(contract.value()).map(PerformanceRecords.StoredResult::grade);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BigDecimal> score(OrganizationId provider, LocalDate day) {
        List<BigDecimal> totals = records.resultsOf(provider.value()).stream()
                .filter(r -> !r.concludedOn().isAfter(day) && !r.concludedOn().isBefore(day.minus(lookBack)))
                .map(PerformanceRecords.StoredResult::total).toList();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrackRecord.Entry> entriesFor(OrganizationId organization) {
        List<TrackRecord.Entry> entries = new ArrayList<>();
        for (PerformanceRecords.StoredResult result : records.resultsOf(organization.value())) {
            Contract contract = drafts.getObject().contract(result.contract());
            String title = contract.procedureReference() + " · " + contract.lot() + " · " + contract.serviceTitle();
            String link = "/public/performance/" + result.contract();
            entries.add(new TrackRecord.Entry("performance.track-record.evaluated", result.concludedOn(), title,
                    result.grade().zh() + " " + result.total().toPlainString(), link));
            if (result.lateMilestones() > 0) {
                entries.add(new TrackRecord.Entry("performance.track-record.late", result.concludedOn(), title,
                        Integer.toString(result.lateMilestones()), link));
            }
        }
        return entries;
    }
}
