package org.cogov.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** For anyone, without sign-in: the latest signed tree head, the keys, and how to check the log oneself. */
@Controller
class PublicAuditPage {

    private final AuditProofs proofs;

    PublicAuditPage(AuditProofs proofs) {
        this.proofs = proofs;
    }

    @GetMapping("/public/audit")
    String page(Model model) {
        model.addAttribute("head", proofs.latest());
        model.addAttribute("heads", proofs.heads(null, 10).heads());
        model.addAttribute("keys", proofs.keys());
        return "audit/public";
    }
}
