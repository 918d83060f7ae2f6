package org.cogov.shared.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DocumentAccessTests {

    record Someone(UUID userId, UUID organizationId, String username, Set<String> permissions) implements Actor {

        Someone(UUID organizationId) {
            this(UUID.randomUUID(), organizationId, "someone", Set.of());
        }

        @Override
        public boolean can(String permission) {
            return permissions.contains(permission);
        }
    }

    private final UUID owner = UUID.randomUUID();
    private final Document document = new Document(new DocumentId(UUID.randomUUID()), "0".repeat(64), "tender.pdf",
            ContentSniffer.PDF, 1000, owner, UUID.randomUUID(), Instant.parse("2026-03-02T08:00:00Z"), "tender-document");
    private final Actor bidder = new Someone(UUID.randomUUID());

    private Documents documents(DocumentAccess... grants) {
        DocumentRecords records = mock(DocumentRecords.class);
        when(records.find(document.id())).thenReturn(Optional.of(document));
        return new Documents(mock(Blobs.class), records, List.of(grants), event -> {
        }, Clock.fixed(Instant.parse("2026-03-03T08:00:00Z"), ZoneOffset.UTC), DataSize.ofMegabytes(1));
    }

    @Test
    void theOwningOrganizationReadsItsDocument() {
        assertThat(documents().document(new Someone(owner), document.id())).isEqualTo(document);
    }

    @Test
    void anotherOrganizationIsForbiddenWithoutAGrant() {
        assertThatExceptionOfType(Forbidden.class)
                .isThrownBy(() -> documents((actor, d) -> false).document(bidder, document.id()))
                .satisfies(e -> assertThat(e.objectId()).isEqualTo(document.id().toString()));
    }

    @Test
    void aModulesGrantLetsAnotherOrganizationRead() {
        DocumentAccess tenderDocumentsOfPublishedProcedures = (actor, d) -> actor == bidder
                && d.purpose().equals("tender-document");

        assertThat(documents((actor, d) -> false, tenderDocumentsOfPublishedProcedures).document(bidder, document.id()))
                .isEqualTo(document);
    }

    @Test
    void onlyTheOwningOrganizationSeesTheDownloadLogEvenWithAGrant() {
        assertThatExceptionOfType(Forbidden.class)
                .isThrownBy(() -> documents((actor, d) -> true).downloads(bidder, document.id()));
    }
}
