package org.cogov.contracting.drafting;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cogov.contracting.Contract;
import org.cogov.contracting.ContractId;
import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract as a PDF document, in Chinese or in English, for whoever may read the contract: to anyone else it does
 * not exist. The contract's page links here, as the evaluation's page links to its report.
 */
@RestController
class ContractDocumentApi {

    private final ContractDrafts drafts;
    private final ContractPdf pdf;

    ContractDocumentApi(ContractDrafts drafts, ContractPdf pdf) {
        this.drafts = drafts;
        this.pdf = pdf;
    }

    /** @param lang {@code zh} for the Chinese document, {@code en} for the English one */
    @GetMapping(value = "/api/v1/contracts/{id}/document", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> document(@PathVariable UUID id,
            @RequestParam(defaultValue = "zh") @Size(max = 2) @Pattern(regexp = "zh|en") String lang) {
        Actor actor = Actor.current().orElseThrow(() -> new Forbidden("contracting.contract", "contract", id));
        Contract contract = drafts.contract(actor, new ContractId(id));
        byte[] document = pdf.write(contract, "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        String filename = "contract-" + contract.procedureReference().replaceAll("[^A-Za-z0-9._-]", "_") + "-lot-" + contract.lot() + "-"
                + lang + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(document);
    }
}
