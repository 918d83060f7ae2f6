package org.cogov.shared.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.cogov.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The document store. Uploads stream through a SHA-256 digest and the content sniffer into 1 MiB
 * chunks, in one transaction, so that a refused or broken upload leaves nothing behind and no file is
 * ever whole in memory; identical contents are stored once. A document is read by its owning
 * organization, or by anyone a module's {@link DocumentAccess} grants it to, and every read of its
 * bytes is logged.
 */
@Service
public class Documents {

    static final String DEFAULT_PURPOSE = "attachment";
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Blobs blobs;
    private final DocumentRecords records;
    private final List<DocumentAccess> grants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    Documents(Blobs blobs, DocumentRecords records, List<DocumentAccess> grants,
            ApplicationEventPublisher events, Clock clock, @Value("${cogov.documents.max-size}") DataSize maxSize) {
        this.blobs = blobs;
        this.records = records;
        this.grants = List.copyOf(grants);
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /**
     * Stores the bytes of {@code content}, read to its end (the caller closes it), for the actor's
     * organization. Refuses, by {@link RuleViolation} on field {@code file}, content whose type is not
     * on the allow-list, and by {@link DocumentTooLarge} content past the limit, counted as it is read.
     *
     * @param declaredFilename the sender's name for the file: kept, cleaned, as a label only
     * @param purpose what the document is for, lowercase letters, digits and dashes; {@code attachment} if absent
     */
    @Transactional
    public Document store(Actor actor, InputStream content, String declaredFilename, @Nullable String purpose) {
        actor.require("document:upload", "shared.document.upload", "document", null);
        String use = purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose.strip();
        if (!PURPOSE.matcher(use).matches()) {
            throw RuleViolation.refused("document.purpose.invalid", "purpose");
        }
        String filename = Filenames.clean(declaredFilename);
        try {
            return write(actor.organizationId(), actor.userId(), content, filename, use);
        } catch (IOException e) {
            // Unchecked, so that the transaction rolls back the chunks already written.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps, for an organization, a document that a module received on its behalf and may now store —
     * an opened bid's attachment, the bidder's own — with the same type and size checks as an upload.
     * The module has authorized it; the document's readers are then the owner and whom the modules grant.
     */
    @Transactional
    public Document keep(UUID owner, UUID by, InputStream content, String declaredFilename, String purpose) {
        if (!PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("a purpose is lowercase letters, digits and dashes, not " + purpose);
        }
        try {
            return write(owner, by, content, Filenames.clean(declaredFilename), purpose);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document write(UUID organization, UUID user, InputStream content, String filename, String purpose)
            throws IOException {
        UUID contentId = UUID.randomUUID();
        MessageDigest digest = sha256();
        ContentSniffer sniffer = new ContentSniffer();
        byte[] buffer = new byte[Blobs.CHUNK_SIZE];
        long size = 0;
        int chunks = 0;
        int n;
        while ((n = content.readNBytes(buffer, 0, buffer.length)) > 0) {
            size += n;
            if (size > maxBytes) {
                throw new DocumentTooLarge(maxBytes);
            }
            digest.update(buffer, 0, n);
            sniffer.update(buffer, 0, n);
            Optional<Detection.Refused> refused = sniffer.refusedEarly();
            if (refused.isPresent()) {
                throw refusal(refused.get());
            }
            blobs.writeChunk(contentId, chunks++, n == buffer.length ? buffer : Arrays.copyOf(buffer, n));
        }
        Blobs.Layout layout = new Blobs.Layout(contentId, size, Blobs.CHUNK_SIZE, chunks);
        Detection detection = sniffer.detect(filename, blobs.written(layout));
        if (detection instanceof Detection.Refused refused) {
            throw refusal(refused);
        }
        String mediaType = ((Detection.Allowed) detection).mediaType();
        String sha256 = HexFormat.of().formatHex(digest.digest());
        Instant now = clock.instant();
        blobs.keep(sha256, layout, mediaType, now);
        Document document = new Document(new DocumentId(UUID.randomUUID()), sha256, filename, mediaType, size, organization,
                user, now, purpose);
        records.add(document);
        events.publishEvent(new DocumentUploaded(document));
        return document;
    }

    /** A document's metadata, for whoever may read it. */
    @Transactional(readOnly = true)
    public Document document(Actor actor, DocumentId id) {
        return readable(actor, id, "shared.document.read");
    }

    /**
     * A document's bytes, for whoever may read it; the download is logged, and is an audit entry, as
     * soon as it is opened.
     */
    @Transactional
    public DocumentContent open(Actor actor, DocumentId id) {
        Document document = readable(actor, id, "shared.document.download");
        records.logDownload(id, actor.userId(), actor.organizationId(), clock.instant());
        grants.forEach(access -> access.opened(actor, document));
        events.publishEvent(new DocumentDownloaded(document, actor.userId(), actor.organizationId()));
        Blobs.Layout layout = blobs.layout(document.sha256())
                .orElseThrow(() -> new IllegalStateException("document " + id + " names a missing blob"));
        return new DocumentContent(document, blobs.read(layout, 0));
    }

    /**
     * Who downloaded a document, newest first: for its owning organization only, and not even for it
     * when a module keeps the readers hidden.
     */
    @Transactional(readOnly = true)
    public List<Download> downloads(Actor actor, DocumentId id) {
        Document document = existing(id);
        if (!owns(actor, document) || grants.stream().anyMatch(access -> access.hidesReaders(document))) {
            throw new Forbidden("shared.document.downloads.read", "document", id);
        }
        return records.downloads(id);
    }

    private Document readable(Actor actor, DocumentId id, String action) {
        Document document = existing(id);
        if (owns(actor, document) || grants.stream().anyMatch(access -> access.grants(actor, document))) {
            return document;
        }
        throw new Forbidden(action, "document", id);
    }

    private Document existing(DocumentId id) {
        return records.find(id).orElseThrow(() -> RuleViolation.notFound("document.not-found"));
    }

    private static boolean owns(Actor actor, Document document) {
        return actor.organizationId().equals(document.organizationId());
    }

    private static RuleViolation refusal(Detection.Refused refused) {
        return RuleViolation.refused(refused.reason(), "file");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
