package org.cogov.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * People, their service as officials and their declared ties over the API, for the registrar, the
 * finance bureau and auditors; their posts are recorded on the organization
 * ({@code POST /api/v1/organizations/{id}/positions}).
 */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

    record NewPerson(@NotBlank @Size(max = 60) String name) {
    }

    record ServiceRecord(@NotNull UUID organ, @Nullable LocalDate retiredOn) {
    }

    record Retirement(@NotNull UUID organ, @NotNull LocalDate on) {
    }

    record Declaration(@NotNull UUID organization, @NotNull DeclaredTie.Kind kind, @NotNull LocalDate from,
            @Nullable LocalDate until, @NotNull @Size(max = 500) String description) {
    }

    record Ending(@NotNull LocalDate on) {
    }

    record Created(UUID id) {
    }

    record Imported(int positions) {
    }

    record TieView(Tie.Kind kind, String text, UUID organization, LocalDate from, @Nullable LocalDate until,
            @Nullable Post post, String description) {
    }

    private final People people;
    private final Registry registry;
    private final MessageSource messages;

    PeopleApi(People people, Registry registry, MessageSource messages) {
        this.people = people;
        this.registry = registry;
        this.messages = messages;
    }

    /** People whose name contains {@code name}, by name; {@code after} is the last id of the page before. */
    @GetMapping
    List<PersonRecord.Summary> find(@RequestParam(defaultValue = "") @Size(max = 60) String name,
            @RequestParam(required = false) @Nullable UUID after,
            @RequestParam(defaultValue = "50") int size) {
        return people.find(actor(), name, after == null ? null : new PersonId(after), size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created record(@Valid @RequestBody NewPerson person) {
        return new Created(people.record(actor(), person.name()).value());
    }

    @GetMapping("/{id}")
    PersonRecord person(@PathVariable UUID id) {
        return people.person(actor(), new PersonId(id));
    }

    @PostMapping("/{id}/civil-service")
    @ResponseStatus(HttpStatus.CREATED)
    void civilService(@PathVariable UUID id, @Valid @RequestBody ServiceRecord service) {
        people.recordCivilService(actor(), new CivilService(new PersonId(id), new OrganizationId(service.organ()),
                service.retiredOn()));
    }

    /** The day the official retired from the organ; once. */
    @PostMapping("/{id}/civil-service/retirement")
    void retirement(@PathVariable UUID id, @Valid @RequestBody Retirement retirement) {
        people.retire(actor(), new PersonId(id), new OrganizationId(retirement.organ()), retirement.on());
    }

    @PostMapping("/{id}/declared-ties")
    @ResponseStatus(HttpStatus.CREATED)
    Created declare(@PathVariable UUID id, @Valid @RequestBody Declaration declaration) {
        return new Created(people.declare(actor(), new DeclaredTie(new PersonId(id),
                new OrganizationId(declaration.organization()), declaration.kind(),
                Tenure.entered(declaration.from(), declaration.until()), declaration.description())));
    }

    /** The last day of a declared tie; once. */
    @PostMapping("/{id}/declared-ties/{tie}/end")
    void endDeclaredTie(@PathVariable UUID id, @PathVariable UUID tie, @Valid @RequestBody Ending end) {
        people.endDeclaredTie(actor(), new PersonId(id), tie, end.on());
    }

    /** The ties for which the person withdraws from evaluating the organization's bid on {@code date} (today if absent). */
    @GetMapping("/{id}/ties")
    List<TieView> ties(@PathVariable UUID id, @RequestParam UUID organization,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Locale locale) {
        return people.ties(actor(), new PersonId(id), new OrganizationId(organization),
                date == null ? registry.today() : date).stream()
                .map(tie -> new TieView(tie.kind(), messages.getMessage(tie.kind().messageKey(), null, tie.kind().name(),
                        locale), tie.organization().value(), tie.tenure().from(), tie.tenure().until(), tie.post(),
                        tie.description()))
                .toList();
    }

    /** A CSV file of people and posts (columns in {@code PeopleFile}), imported whole or refused whole. */
    @PostMapping(path = "/import", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    Imported importFile(@RequestBody String file) {
        return new Imported(people.importPeople(actor(), file));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("registry.person.read", "person", null));
    }
}
