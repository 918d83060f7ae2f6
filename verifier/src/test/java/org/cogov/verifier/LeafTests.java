package org.cogov.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The leaf's ten fields as docs/audit-log.md fixes them. */
class LeafTests {

    private static final String ENTRY = "0b6f3c1e-2d4a-4f51-8a00-000000000004";
    private static final String PAYLOAD_HASH = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

    @Test
    void aLeafGivesItsEntryIdAndPayloadHash() throws Leaf.NotALeaf {
        Leaf leaf = Leaf.parse(leaf("registry.host-tie.recorded", "organization", "org-42"));

        assertThat(leaf.entryId()).isEqualTo(ENTRY);
        assertThat(leaf.payloadHash()).isEqualTo(Hash.parse(PAYLOAD_HASH));
    }

    @Test
    void escapedPercentTabLineFeedAndCarriageReturnAreText() throws Leaf.NotALeaf {
        assertThat(Leaf.parse(leaf("registry.note%25", "a%09b", "line%0Aline%0D")).entryId()).isEqualTo(ENTRY);
    }

    @Test
    void anEmptyActorOrganizationObjectTypeAndObjectIdAreAllowed() throws Leaf.NotALeaf {
        String text = String.join("\t", Leaf.FORMAT, ENTRY, "2026-11-29T02:35:01.123456Z", "", "", "identity.login", "REFUSED", "", "", PAYLOAD_HASH);

        assertThat(Leaf.parse(text.getBytes(StandardCharsets.UTF_8)).entryId()).isEqualTo(ENTRY);
    }

    @Test
    void aRawLineFeedInAFieldIsNotALeaf() {
        assertThatThrownBy(() -> Leaf.parse(leaf("registry.note", "organization", "line\nline")))
                .isInstanceOf(Leaf.NotALeaf.class)
                .hasMessage("its object id 'line\\nline' is not text with %, LF and CR escaped");
    }

    @Test
    void aPercentSignThatEscapesNothingIsNotALeaf() {
        assertThatThrownBy(() -> Leaf.parse(leaf("registry.rate%", "organization", "org-42")))
                .hasMessage("its action 'registry.rate%' is not non-empty text with %, LF and CR escaped");
    }

    @Test
    void anUpperCaseEntryIdIsNotALeaf() {
        byte[] bytes = new String(leaf("registry.note", "organization", "org-42"), StandardCharsets.UTF_8)
                .replace(ENTRY, ENTRY.toUpperCase()).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Leaf.parse(bytes)).hasMessageStartingWith("its entry id '0B6F3C1E");
    }

    @Test
    void aTimeWithMillisecondsIsNotALeaf() {
        byte[] bytes = new String(leaf("registry.note", "organization", "org-42"), StandardCharsets.UTF_8)
                .replace("02:35:01.123456Z", "02:35:01.123Z").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Leaf.parse(bytes))
                .hasMessage("its recorded at '2026-11-29T02:35:01.123Z' is not an instant in UTC with six fraction digits");
    }

    @Test
    void aDayThatTheCalendarDoesNotHaveIsNotALeaf() {
        byte[] bytes = new String(leaf("registry.note", "organization", "org-42"), StandardCharsets.UTF_8)
                .replace("2026-11-29", "2026-02-29").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Leaf.parse(bytes))
                .hasMessage("its recorded at '2026-02-29T02:35:01.123456Z' is not an instant in UTC with six fraction digits");
    }

    @Test
    void aLeafEndedByANewlineIsNotALeaf() {
        byte[] bytes = (new String(leaf("registry.note", "organization", "org-42"), StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Leaf.parse(bytes))
                .hasMessage("its payload hash '" + PAYLOAD_HASH + "\\n' is not 64 lowercase hex digits");
    }

    @Test
    void aLeafWithAnEleventhFieldIsNotALeaf() {
        byte[] bytes = (new String(leaf("registry.note", "organization", "org-42"), StandardCharsets.UTF_8) + "\tx")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Leaf.parse(bytes)).hasMessage("it has 11 TAB-separated fields, not 10");
    }

    private static byte[] leaf(String action, String objectType, String objectId) {
        return String.join("\t", Leaf.FORMAT, ENTRY, "2026-11-29T02:35:01.123456Z", "5d1c2a3b-0000-4000-8000-00000000000a",
                "7e2f0c9a-1111-4000-8000-00000000000b", action, "DONE", objectType, objectId, PAYLOAD_HASH)
                .getBytes(StandardCharsets.UTF_8);
    }
}
