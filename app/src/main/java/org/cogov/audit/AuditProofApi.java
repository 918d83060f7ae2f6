package org.cogov.audit;

import java.util.List;
import java.util.UUID;

import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log's public face, without sign-in: signed tree heads, the keys that sign them, inclusion
 * and consistency proofs, and witnessing. Each proof can be checked with the stand-alone verifier
 * ({@code inclusion …}, {@code consistency …}, docs/audit-log.md).
 */
@RestController
@RequestMapping("/api/v1/public/audit")
class AuditProofApi {

    private final AuditProofs proofs;

    AuditProofApi(AuditProofs proofs) {
        this.proofs = proofs;
    }

    @GetMapping("/tree-heads/latest")
    AuditProofs.Head latest() {
        AuditProofs.Head head = proofs.latest();
        if (head == null) {
            throw RuleViolation.notFound("audit.head.none");
        }
        return head;
    }

    /** Newest first; {@code before} is the cursor, a tree size. */
    @GetMapping("/tree-heads")
    AuditProofs.HeadPage heads(@RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "100") int size) {
        return proofs.heads(before, size);
    }

    @GetMapping("/keys")
    List<AuditProofs.Key> keys() {
        return proofs.keys();
    }

    /** Into the latest signed head unless {@code treeSize} names an earlier size. */
    @GetMapping("/entries/{entryId}/inclusion-proof")
    AuditProofs.InclusionProof inclusion(@PathVariable UUID entryId, @RequestParam(required = false) @Nullable Long treeSize) {
        return proofs.inclusion(entryId, treeSize);
    }

    /** From the tree of {@code from} leaves to that of {@code to} (the latest signed head's when absent). */
    @GetMapping("/consistency-proof")
    AuditProofs.ConsistencyProof consistency(@RequestParam long from, @RequestParam(required = false) @Nullable Long to) {
        return proofs.consistency(from, to);
    }

    /** The keys and every signed head in the export format: what a witness keeps. */
    @GetMapping(path = "/witness-file", produces = MediaType.TEXT_PLAIN_VALUE)
    String witnessFile() {
        return proofs.witnessFile();
    }

    /** A witness file (the format above) in the body; answers, for each head, whether today's tree extends it. */
    @PostMapping(path = "/witness-check", consumes = MediaType.TEXT_PLAIN_VALUE)
    AuditProofs.WitnessReport checkWitness(@RequestBody String file) {
        return proofs.checkWitness(file);
    }
}
