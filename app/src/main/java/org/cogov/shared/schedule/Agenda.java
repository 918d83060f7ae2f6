package org.cogov.shared.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the platform must do at given instants, kept in the database ({@code scheduled_tasks}) so that it
 * survives a restart and runs on one node of a cluster: closing a procedure at its deadline, and every
 * other timed step. A module defines its kinds of timed work while its components are made
 * ({@link #define}, {@link #repeat}), then puts instances on the agenda by id and instant, moves them or
 * takes them off. Putting on and taking off join the caller's transaction: they commit or roll back
 * with the change that asked for them.
 *
 * <p>The time is the platform's {@link Clock}, so that under the {@code test-clock} profile work comes
 * due when tests or the demo move the clock, not with the wall clock. Work that came due while every
 * node was down runs when the first node starts.
 */
public final class Agenda {

    private static final Logger log = LoggerFactory.getLogger(Agenda.class);

    /** Work that failed is tried again this much later (in the platform's time). */
    private static final Duration RETRY = Duration.ofMinutes(1);
    /** How long a stopping node lets the work in hand finish. */
    private static final Duration FINISH_ON_STOP = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final Clock clock;
    private final SchedulerSettings settings;
    private final Map<String, Task<Void>> tasks = new LinkedHashMap<>();
    private final List<RecurringTask<Void>> routines = new ArrayList<>();
    private volatile @Nullable Scheduler scheduler;
    private volatile boolean running;

    /** @param dataSource one that joins the caller's transaction (a {@code TransactionAwareDataSourceProxy}) */
    Agenda(DataSource dataSource, Clock clock, SchedulerSettings settings) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Defines a kind of one-time work: each instance runs once at its instant, unless its work asks to
     * come back later. Call it while the components are made, e.g. from a constructor.
     */
    public synchronized TimedTask define(String name, TimedWork work) {
        TimedTask task = new TimedTask(name);
        requireUndefined(task.name());
        tasks.put(name, Tasks.custom(name, Void.class).onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
                .execute((instance, context) -> work.perform(instance.getId()).<CompletionHandler<Void>>map(
                        again -> (complete, operations) -> operations.reschedule(complete, again))
                        .orElseGet(CompletionHandler.OnCompleteRemove::new)));
        return task;
    }

    /**
     * Defines a routine: work that runs on one node at each start and then again {@code every} so long
     * after it last ended. Call it while the components are made.
     */
    public synchronized void repeat(String name, Duration every, Runnable work) {
        requireUndefined(new TimedTask(name).name());
        routines.add(Tasks.recurring(name, FixedDelay.of(every)).execute((instance, context) -> work.run()));
    }

    /**
     * Puts an instance on the agenda at the instant, or moves it there when it is on it already. When
     * the instance is running at this moment, it is left alone: its work answers whether to come back.
     */
    public void schedule(TimedTask task, String id, Instant at) {
        try {
            opened().schedule(known(task).instance(id), at, ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } catch (TaskInstanceCurrentlyExecutingException e) {
            log.info("{} {} is running: its work decides whether to come back, rather than at {}", task.name(), id, at);
        }
    }

    /** Takes an instance off the agenda; nothing happens when it is not on it, or is running at this moment. */
    public void cancel(TimedTask task, String id) {
        try {
            opened().cancel(known(task).instance(id));
        } catch (TaskInstanceNotFoundException e) {
            log.debug("{} {} was not on the agenda", task.name(), id);
        } catch (TaskInstanceCurrentlyExecutingException e) {
            log.info("{} {} is running: it is not taken off", task.name(), id);
        }
    }

    /** When an instance is due, if it is on the agenda. */
    public Optional<Instant> scheduledAt(TimedTask task, String id) {
        return opened().getScheduledExecution(known(task).instance(id)).map(execution -> execution.getExecutionTime());
    }

    /** Builds the scheduler with every kind defined so far; nothing may be defined after. */
    synchronized void open() {
        if (scheduler != null) {
            return;
        }
        List<Task<?>> known = new ArrayList<>(tasks.values());
        SchedulerBuilder builder = Scheduler.create(dataSource, known).startTasks(routines).threads(settings.threads())
                .pollingInterval(settings.pollingInterval()).clock(new SchedulerClock(clock)).jdbcCustomization(dialect())
                .shutdownMaxWait(FINISH_ON_STOP).enableImmediateExecution();
        if (settings.name() != null && !settings.name().isBlank()) {
            builder.schedulerName(new SchedulerName.Fixed(settings.name()));
        }
        scheduler = builder.build();
    }

    /** Starts running the work that comes due on this node, first bringing the routines forward to now. */
    synchronized void start() {
        Scheduler s = opened();
        if (running) {
            return;
        }
        Instant now = clock.instant();
        for (RecurringTask<Void> routine : routines) {
            try {
                s.getScheduledExecution(routine.instance(RecurringTask.INSTANCE))
                        .filter(execution -> !execution.isPicked() && execution.getExecutionTime().isAfter(now))
                        .ifPresent(execution -> s.reschedule(execution.getTaskInstance(), now));
            } catch (RuntimeException e) {
                // Another node started at the same moment and runs it: that is as good.
                log.debug("routine {} not brought forward", routine.getName(), e);
            }
        }
        s.start();
        running = true;
    }

    /** Lets the work in hand finish, then stops; another node, or the next start, does what remains. */
    synchronized void stop() {
        Scheduler s = scheduler;
        if (s != null && running) {
            running = false;
            s.stop();
        }
    }

    /**
     * Looks for due work at once. The scheduler waits between looks by the platform's clock, so a clock
     * that stands still between moves (the test clock) must wake it when it moves.
     */
    void wake() {
        Scheduler s = scheduler;
        if (s != null && running) {
            s.triggerCheckForDueExecutions();
        }
    }

    private Scheduler opened() {
        Scheduler s = scheduler;
        if (s == null) {
            throw new IllegalStateException("the agenda opens once every component is made");
        }
        return s;
    }

    private Task<Void> known(TimedTask task) {
        Task<Void> known = tasks.get(task.name());
        if (known == null) {
            throw new IllegalArgumentException("no timed task " + task.name() + " is defined");
        }
        return known;
    }

    private void requireUndefined(String name) {
        if (scheduler != null) {
            throw new IllegalStateException("the agenda is open: " + name + " comes too late to be defined");
        }
        if (tasks.containsKey(name) || routines.stream().anyMatch(r -> r.getName().equals(name))) {
            throw new IllegalArgumentException("a timed task " + name + " is defined already");
        }
    }

    /** Both databases keep instants as TIMESTAMP WITH TIME ZONE; PostgreSQL gets db-scheduler's own SQL. */
    private JdbcCustomization dialect() {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    ? new PostgreSqlJdbcCustomization(false, false)
                    : new DefaultJdbcCustomization(false);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database for the scheduler", e);
        }
    }
}
