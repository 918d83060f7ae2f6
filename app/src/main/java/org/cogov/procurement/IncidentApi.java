package org.cogov.procurement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform incidents over the API: the finance bureau declares one once it is over, after a preview of the
 * deadlines it would extend; every signed-in user reads them (anyone, at {@code /api/v1/public/incidents}).
 * The same service and refusals as the pages.
 */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApi {

    /** The window {@code [start, end)} in which the platform was down or broken, and why. */
    record Declaration(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
            @NotBlank @Size(max = PlatformIncident.REASON_MAX) String reason) {
    }

    /** An incident; {@code organization} is the finance bureau that declared it, never its official. */
    record IncidentSummary(UUID id, String reference, Instant start, Instant end, String reason, UUID organization,
            Instant declaredAt, int extended) {

        static IncidentSummary of(PlatformIncident i, int extended) {
            return new IncidentSummary(i.id().value(), i.reference(), i.start(), i.end(), i.reason(), i.organization().value(),
                    i.declaredAt(), extended);
        }
    }

    record ExtendedView(UUID procedure, String reference, String title, Procedure.State from, Instant deadlineBefore,
            Instant deadline, String notice) {

        static ExtendedView of(PlatformIncidents.Extended e) {
            return new ExtendedView(e.procedure().value(), e.reference(), e.title(), e.from(), e.deadlineBefore(), e.deadline(),
                    e.noticeNumber());
        }
    }

    /** An incident with the deadlines it extended; {@code organization} is the finance bureau, never its official. */
    record IncidentView(UUID id, String reference, Instant start, Instant end, String reason, UUID organization,
            Instant declaredAt, List<ExtendedView> extended) {

        static IncidentView of(PlatformIncidents.Declared d) {
            PlatformIncident i = d.incident();
            return new IncidentView(i.id().value(), i.reference(), i.start(), i.end(), i.reason(), i.organization().value(),
                    i.declaredAt(), d.extended().stream().map(ExtendedView::of).toList());
        }
    }

    record WouldExtend(UUID procedure, String reference, String title, Procedure.State state, Instant deadlineBefore,
            Instant deadline, @Nullable Instant openingFrom, @Nullable Instant openingUntil, boolean reopens) {

        static WouldExtend of(PlatformIncidents.Extension e) {
            Procedure p = e.procedure();
            return new WouldExtend(p.id().value(), p.reference(), p.title(), p.state(), e.deadlineBefore(), e.deadline(),
                    e.after().openingFrom(), e.after().openingUntil(), e.reopens());
        }
    }

    record PreviewView(Instant start, Instant end, List<WouldExtend> extensions) {
    }

    private final PlatformIncidents incidents;

    IncidentApi(PlatformIncidents incidents) {
        this.incidents = incidents;
    }

    /** Every declared incident, the latest first, with how many deadlines each extended. */
    @GetMapping
    List<IncidentSummary> incidents() {
        return incidents.declared().stream().map(l -> IncidentSummary.of(l.incident(), l.extended())).toList();
    }

    /** One incident with the deadlines it extended. */
    @GetMapping("/{id}")
    IncidentView incident(@PathVariable UUID id) {
        return IncidentView.of(incidents.incident(new IncidentId(id)));
    }

    /** What declaring the incident now would extend, refused as the declaration would be; changes nothing. */
    @PostMapping("/preview")
    PreviewView preview(@Valid @RequestBody Declaration declaration) {
        PlatformIncidents.Preview preview = incidents.preview(actor(), declaration.start().toInstant(),
                declaration.end().toInstant(), declaration.reason());
        return new PreviewView(preview.start(), preview.end(), preview.extensions().stream().map(WouldExtend::of).toList());
    }

    /** The finance bureau declares the incident; every deadline that fell inside it is extended, each with its notice. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IncidentView declare(@Valid @RequestBody Declaration declaration) {
        return IncidentView.of(incidents.declare(actor(), declaration.start().toInstant(), declaration.end().toInstant(),
                declaration.reason()));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.incident.declare", "incident", null));
    }
}
