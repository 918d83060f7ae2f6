package org.cogov.shared.schedule;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler's settings, {@code cogov.scheduler.*}: whether this node runs timed work at all (it
 * still puts work on the agenda for the nodes that do), how many threads run it, how often it looks
 * for work that came due, and the node's name in the table (the host name when none).
 */
@ConfigurationProperties("cogov.scheduler")
record SchedulerSettings(@DefaultValue("true") boolean enabled, @DefaultValue("4") int threads,
        @DefaultValue("10s") Duration pollingInterval, @Nullable String name) {
}
