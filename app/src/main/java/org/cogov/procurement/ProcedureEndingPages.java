package org.cogov.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.cogov.registry.Organization;
import org.cogov.registry.Registry;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.web.FormOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a procedure's end: the cancel form on the procedure's page (for the organization that runs
 * it, confirmed on the form), the follow-up of a failed procedure, a supplier's objection to a
 * single-source publicity, and the finance bureau's list of objections and its decision on each.
 */
@Controller
class ProcedureEndingPages {

    private final Cancellation cancellation;
    private final Reprocurement reprocurement;
    private final SingleSourceObjections objections;
    private final Registry registry;
    private final FormOutcome outcome;

    ProcedureEndingPages(Cancellation cancellation, Reprocurement reprocurement, SingleSourceObjections objections,
            Registry registry, FormOutcome outcome) {
        this.cancellation = cancellation;
        this.reprocurement = reprocurement;
        this.objections = objections;
        this.registry = registry;
        this.outcome = outcome;
    }

    /** Cancels, once the form's confirmation is ticked: a published procedure's cancellation is public and final. */
    @PostMapping("/procedures/{id}/cancellation")
    String cancel(@PathVariable UUID id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean confirmed, Locale locale, RedirectAttributes redirect) {
        outcome.flash(redirect, locale, "procurement.page.cancelled", () -> {
            if (!confirmed) {
                throw RuleViolation.refused("procurement.cancellation.unconfirmed", "confirmed");
            }
            cancellation.cancel(actor(), new ProcedureId(id), version, reason);
        });
        return "redirect:/procedures/" + id;
    }

    /** A new draft following the failed procedure; refused, the failed procedure's page says why. */
    @PostMapping("/procedures/{id}/follow-up")
    String followUp(@PathVariable UUID id, @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @Nullable Method method,
            @RequestParam(required = false) Method.@Nullable Justification justification,
            @RequestParam(required = false) @Nullable String justificationText, Locale locale, RedirectAttributes redirect) {
        AtomicReference<ProcedureId> created = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.page.follow-up-drafted", () -> created.set(reprocurement.followUp(actor(),
                new ProcedureId(id), new ProcedureDrafts.Description(title, null, method == null ? Method.PUBLIC_TENDER : method,
                        justification, justificationText, null))));
        return "redirect:/procedures/" + (created.get() == null ? id : created.get().value());
    }

    /** The objection form of a single-source procedure, for a signed-in supplier; reached from the public page. */
    @GetMapping("/procedures/{id}/objection")
    String objectionForm(@PathVariable UUID id, Model model) {
        SingleSourceObjections.Form form = objections.form(actor(), new ProcedureId(id));
        model.addAttribute("form", form);
        model.addAttribute("organizations", organizationNames());
        return "procurement/objection-form";
    }

    @PostMapping("/procedures/{id}/objections")
    String lodge(@PathVariable UUID id, @RequestParam(defaultValue = "") String reasons,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file, Locale locale,
            RedirectAttributes redirect) {
        AtomicReference<ObjectionId> lodged = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.page.objection-lodged", () -> {
            ProcedureId procedure = new ProcedureId(id);
            if (file == null || file.isEmpty()) {
                lodged.set(objections.lodge(actor(), procedure, reasons, null));
                return;
            }
            try (InputStream content = file.getInputStream()) {
                lodged.set(objections.lodge(actor(), procedure, reasons, content,
                        file.getOriginalFilename() == null ? "objection" : file.getOriginalFilename()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return lodged.get() == null ? "redirect:/procedures/" + id + "/objection"
                : "redirect:/procedures/" + id + "/objections/" + lodged.get().value();
    }

    /** The finance bureau's list of objections waiting for its decision. */
    @GetMapping("/procedures/objections")
    String pending(Model model) {
        model.addAttribute("objections", objections.pending(actor()));
        model.addAttribute("organizations", organizationNames());
        return "procurement/objections";
    }

    /** One objection: the finance bureau's decision page, or the objecting organization's own view of it. */
    @GetMapping("/procedures/{id}/objections/{objection}")
    String objection(@PathVariable UUID id, @PathVariable UUID objection, Model model) {
        Actor actor = actor();
        SingleSourceObjections.Lodged lodged = objections.objection(actor, new ProcedureId(id), new ObjectionId(objection));
        model.addAttribute("lodged", lodged);
        model.addAttribute("mayDecide", actor.can("procurement:objection:review") && lodged.objection().pending());
        model.addAttribute("organizations", organizationNames());
        return "procurement/objection";
    }

    @PostMapping("/procedures/{id}/objections/{objection}/decision")
    String decide(@PathVariable UUID id, @PathVariable UUID objection, @RequestParam int version, @RequestParam boolean uphold,
            @RequestParam(defaultValue = "") String reason, Locale locale, RedirectAttributes redirect) {
        AtomicReference<Procedure.State> after = new AtomicReference<>();
        outcome.flash(redirect, locale, "procurement.page.decided", () -> after.set(objections.decide(actor(),
                new ProcedureId(id), new ObjectionId(objection), version, uphold, reason)));
        return after.get() == null ? "redirect:/procedures/" + id + "/objections/" + objection : "redirect:/procedures/objections";
    }

    private Map<UUID, Organization> organizationNames() {
        return registry.organizations().stream().collect(Collectors.toMap(o -> o.id().value(), o -> o));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new Forbidden("procurement.procedure.read", "procedure", null));
    }
}
