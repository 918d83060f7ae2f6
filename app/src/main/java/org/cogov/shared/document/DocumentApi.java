package org.cogov.shared.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cogov.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload, metadata, content and download log of documents over the API. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApi {

    record DocumentView(UUID id, String sha256, long size, String mediaType, String filename, String purpose,
            Instant uploadedAt) {

        static DocumentView of(Document document) {
            return new DocumentView(document.id().value(), document.sha256(), document.size(), document.mediaType(),
                    document.filename(), document.purpose(), document.uploadedAt());
        }
    }

    record DownloadView(UUID userId, UUID organizationId, Instant at) {
    }

    private final Documents documents;

    DocumentApi(Documents documents) {
        this.documents = documents;
    }

    /** The type is read from the bytes; the part's declared Content-Type is ignored. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(@AuthenticationPrincipal Actor actor, @RequestPart("file") MultipartFile file,
            @RequestParam(name = "purpose", required = false) @Nullable String purpose) throws IOException {
        String filename = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        Document document;
        try (InputStream in = file.getInputStream()) {
            document = documents.store(actor, in, filename, purpose);
        }
        return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id())).body(DocumentView.of(document));
    }

    @GetMapping("/{id}")
    DocumentView document(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return DocumentView.of(documents.document(actor, new DocumentId(id)));
    }

    /**
     * The bytes, always as an attachment of the detected type that the browser may not second-guess,
     * written straight to the response: no asynchronous timeout cuts a long download short. A HEAD
     * request gets the headers alone and is no download.
     */
    @GetMapping("/{id}/content")
    void content(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (HttpMethod.HEAD.matches(request.getMethod())) {
            describe(documents.document(actor, new DocumentId(id)), response);
            return;
        }
        DocumentContent opened = documents.open(actor, new DocumentId(id));
        describe(opened.document(), response);
        try (InputStream in = opened.stream()) {
            OutputStream out = response.getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    private static void describe(Document document, HttpServletResponse response) {
        response.setContentType(document.mediaType().startsWith("text/")
                ? document.mediaType() + ";charset=UTF-8" : document.mediaType());
        response.setContentLengthLong(document.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Filenames.contentDisposition(document.filename()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Repr-Digest",
                "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256())) + ":");
    }

    @GetMapping("/{id}/downloads")
    List<DownloadView> downloads(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return documents.downloads(actor, new DocumentId(id)).stream()
                .map(download -> new DownloadView(download.userId(), download.organizationId(), download.at()))
                .toList();
    }
}
