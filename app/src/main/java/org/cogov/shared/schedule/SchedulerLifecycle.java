package org.cogov.shared.schedule;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the timed work on this node from the moment the application is ready — after the demo city is
 * made and never in the audit export, which stops the application before — unless
 * {@code cogov.scheduler.enabled} is false; stops when the application closes, letting the work in hand
 * finish while everything it needs is still there.
 */
@Component
class SchedulerLifecycle {

    private final Agenda agenda;
    private final SchedulerSettings settings;
    private final ApplicationContext context;

    SchedulerLifecycle(Agenda agenda, SchedulerSettings settings, ApplicationContext context) {
        this.agenda = agenda;
        this.settings = settings;
        this.context = context;
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        if (settings.enabled() && ready.getApplicationContext() == context) {
            agenda.start();
        }
    }

    @EventListener
    void on(ContextClosedEvent closed) {
        if (closed.getApplicationContext() == context) {
            agenda.stop();
        }
    }
}
