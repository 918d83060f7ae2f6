package org.cogov.procurement.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cogov.registry.OrganizationId;
import org.cogov.registry.PersonId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The expert pool over the API: the finance bureau enrols, changes and retires experts, auditors read the pool,
 * and an expert reads its own entry and keeps its availability. The same service and refusals as the pages.
 */
@RestController
@RequestMapping("/api/v1/experts")
class ExpertApi {

    record ExpertEnrolment(@NotNull UUID person, @NotNull UUID user, @NotNull UUID employer,
            @NotNull @Size(max = ExpertPool.MAX_SPECIALTIES) Set<@Size(max = 8) String> specialties, boolean available) {
    }

    record ExpertChange(@NotNull UUID employer, @NotNull @Size(max = ExpertPool.MAX_SPECIALTIES) Set<@Size(max = 8) String> specialties,
            boolean available, int version) {
    }

    record ExpertRetirement(@NotNull @Size(max = ExpertPool.MAX_RETIREMENT) String reason, int version) {
    }

    record ExpertAvailability(boolean available) {
    }

    record ExpertUnavailability(@NotNull LocalDate firstDay, @NotNull LocalDate lastDay,
            @NotNull @Size(max = ExpertPool.MAX_REASON) String reason) {
    }

    record ExpertPeriodView(UUID id, LocalDate firstDay, LocalDate lastDay, String reason) {
    }

    record ExpertView(UUID id, UUID person, UUID user, String name, UUID employer, Set<String> specialties, boolean available,
            List<ExpertPeriodView> unavailability, Instant enrolledAt, @Nullable Instant retiredAt, @Nullable String retiredWhy,
            int version) {

        static ExpertView of(Expert e) {
            return new ExpertView(e.id().value(), e.person().value(), e.userId(), e.name(), e.employer().value(), e.specialties(),
                    e.available(), e.unavailability().stream()
                            .map(p -> new ExpertPeriodView(p.id(), p.firstDay(), p.lastDay(), p.reason())).toList(),
                    e.enrolledAt(), e.retiredAt(), e.retiredWhy(), e.version());
        }
    }

    private final ExpertPool pool;

    ExpertApi(ExpertPool pool) {
        this.pool = pool;
    }

    /** The whole pool, retired experts too. */
    @GetMapping
    List<ExpertView> experts() {
        return pool.experts(actor()).stream().map(ExpertView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ExpertView enrol(@Valid @RequestBody ExpertEnrolment enrolment) {
        return ExpertView.of(pool.enrol(actor(), new ExpertPool.Enrolment(new PersonId(enrolment.person()), enrolment.user(),
                new OrganizationId(enrolment.employer()), enrolment.specialties(), enrolment.available())));
    }

    /** One's own entry in the pool. */
    @GetMapping("/me")
    ExpertView mine() {
        return pool.mine(actor()).map(ExpertView::of).orElseThrow(() -> RuleViolation.notFound("procurement.expert.not-in-pool"));
    }

    @GetMapping("/{id}")
    ExpertView expert(@PathVariable UUID id) {
        return ExpertView.of(pool.expert(actor(), new ExpertId(id)));
    }

    @PutMapping("/{id}")
    ExpertView change(@PathVariable UUID id, @Valid @RequestBody ExpertChange change) {
        return ExpertView.of(pool.change(actor(), new ExpertId(id), new ExpertPool.Change(new OrganizationId(change.employer()),
                change.specialties(), change.available(), change.version())));
    }

    @PostMapping("/{id}/retirement")
    ExpertView retire(@PathVariable UUID id, @Valid @RequestBody ExpertRetirement retirement) {
        return ExpertView.of(pool.retire(actor(), new ExpertId(id), retirement.reason(), retirement.version()));
    }

    /** Whether the expert takes draws at all: the finance bureau, or the expert itself, says. */
    @PutMapping("/{id}/availability")
    ExpertView availability(@PathVariable UUID id, @Valid @RequestBody ExpertAvailability availability) {
        return ExpertView.of(pool.markAvailable(actor(), new ExpertId(id), availability.available()));
    }

    @PostMapping("/{id}/unavailability")
    @ResponseStatus(HttpStatus.CREATED)
    ExpertView unavailable(@PathVariable UUID id, @Valid @RequestBody ExpertUnavailability period) {
        return ExpertView.of(pool.addUnavailability(actor(), new ExpertId(id), period.firstDay(), period.lastDay(), period.reason()));
    }

    @DeleteMapping("/{id}/unavailability/{period}")
    ExpertView available(@PathVariable UUID id, @PathVariable UUID period) {
        return ExpertView.of(pool.removeUnavailability(actor(), new ExpertId(id), period));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.expert.read", "expert", null));
    }
}
