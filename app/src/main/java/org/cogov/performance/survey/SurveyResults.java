package org.cogov.performance.survey;

import java.time.Clock;
import java.util.Optional;

import org.cogov.contracting.ContractId;
import org.cogov.performance.Satisfaction;
import org.cogov.performance.SurveyClosed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's survey results for the evaluation that counts them. System methods: the caller authorizes, and shows the
 * comments only to whom it may.
 */
@Component
public class SurveyResults {

    private final SurveyRecords records;
    private final Surveys surveys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyResults(SurveyRecords records, Surveys surveys, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.surveys = surveys;
        this.events = events;
        this.clock = clock;
    }

    /** What the beneficiaries said; empty when the contract has no survey. */
    @Transactional(readOnly = true)
    public Optional<Satisfaction> satisfaction(ContractId contract) {
        return records.ofContract(contract.value()).map(surveys::satisfaction);
    }

    /** Closes the contract's survey if it is open; nothing when it has none or is closed already. */
    @Transactional
    public void close(ContractId contract) {
        records.ofContract(contract.value()).ifPresent(survey -> {
            if (records.close(survey.id(), clock.instant(), null)) {
                events.publishEvent(new SurveyClosed(null, null, survey.id(), contract.value()));
            }
        });
    }
}
