package org.cogov.contracting.implementation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.cogov.contracting.ContractReminder;
import org.cogov.contracting.drafting.ContractDrafts;
import org.cogov.shared.schedule.Agenda;
import org.cogov.shared.time.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hourly sweep of contracts with a day to keep: it reminds of each publication, filing, milestone and payment day
 * as it comes and once more when it passed unkept. A reminder is recorded before it is raised, in the same transaction,
 * so that each is raised once whatever the number of nodes and sweeps.
 */
@Component
class ContractReminders {

    static final Duration EVERY = Duration.ofHours(1);

    private final ImplementationRecords records;
    private final Implementation implementation;
    private final ContractDrafts drafts;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ContractReminders(ImplementationRecords records, Implementation implementation, ContractDrafts drafts,
            WorkingDays workingDays, ApplicationEventPublisher events, Clock clock, Agenda agenda, PlatformTransactionManager transactions) {
        this.records = records;
        this.implementation = implementation;
        this.drafts = drafts;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        agenda.repeat("contracting.contract.reminders", EVERY, this::sweep);
    }

    void sweep() {
        LocalDate today = clock.instant().atZone(workingDays.zone()).toLocalDate();
        for (UUID id : records.openContracts()) {
            transaction.executeWithoutResult(status -> {
                for (ContractReminder reminder : ContractReminder.due(implementation.view(drafts.contract(id)), today)) {
                    String subject = reminder.subject().name() + (reminder.milestone() == null ? "" : ":" + reminder.milestone());
                    if (records.remindOnce(id, subject, reminder.day(), clock.instant())) {
                        events.publishEvent(reminder);
                    }
                }
            });
        }
    }
}
