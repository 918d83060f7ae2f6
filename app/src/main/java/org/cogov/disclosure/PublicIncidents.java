package org.cogov.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cogov.procurement.IncidentId;
import org.cogov.procurement.PlatformIncident;
import org.cogov.procurement.PlatformIncidents;
import org.cogov.procurement.Procedure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Platform incidents for anyone, without signing in: public facts, since they moved public deadlines. The
 * list, and each incident with the deadlines it extended and their notices; never who declared it.
 */
@Controller
class PublicIncidents {

    record PublicIncident(UUID id, String reference, Instant start, Instant end, String reason, Instant declaredAt,
            int extended) {

        static PublicIncident of(PlatformIncident i, int extended) {
            return new PublicIncident(i.id().value(), i.reference(), i.start(), i.end(), i.reason(), i.declaredAt(), extended);
        }
    }

    record PublicExtension(UUID procedure, String reference, String title, Procedure.State from, Instant deadlineBefore,
            Instant deadline, String notice) {
    }

    record PublicIncidentDetail(PublicIncident incident, List<PublicExtension> extended) {
    }

    private final PlatformIncidents incidents;

    PublicIncidents(PlatformIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/public/incidents")
    String list(Model model) {
        model.addAttribute("incidents", incidents.declared());
        model.addAttribute("mayDeclare", false);
        model.addAttribute("rule", incidents.rule());
        model.addAttribute("publicPage", true);
        return "procurement/incidents";
    }

    @GetMapping("/public/incidents/{id}")
    String incident(@PathVariable UUID id, Model model) {
        model.addAttribute("declared", incidents.incident(new IncidentId(id)));
        model.addAttribute("publicPage", true);
        return "procurement/incident";
    }

    @GetMapping("/api/v1/public/incidents")
    @ResponseBody
    List<PublicIncident> listData() {
        return incidents.declared().stream().map(l -> PublicIncident.of(l.incident(), l.extended())).toList();
    }

    @GetMapping("/api/v1/public/incidents/{id}")
    @ResponseBody
    PublicIncidentDetail incidentData(@PathVariable UUID id) {
        PlatformIncidents.Declared declared = incidents.incident(new IncidentId(id));
        return new PublicIncidentDetail(PublicIncident.of(declared.incident(), declared.extended().size()),
                declared.extended().stream().map(e -> new PublicExtension(e.procedure().value(), e.reference(), e.title(),
                        e.from(), e.deadlineBefore(), e.deadline(), e.noticeNumber())).toList());
    }
}
