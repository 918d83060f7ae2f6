package org.cogov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.Method;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.ReadyDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class BiddingJourneyTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserProvisioning users;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;

    @Test
    void aProviderSubmitsRevisesAndWithdrawsABid() throws IOException {
        // Step 0: the department's tender is published; the association's proposal is a PDF on its own disk.
        ProcedureId id = ReadyDraft.of(context, users::actingAs, Method.PUBLIC_TENDER, null, 2_600_000);
        publication.publish(users.actingAs("purchaser"), id, drafts.draft(users.actingAs("purchaser"), id).procedure().version());
        String reference = drafts.draft(users.actingAs("purchaser"), id).procedure().reference();
        String canary = "CANARY-" + UUID.randomUUID();
        Path proposal = Files.createDirectories(Path.of("target", "journey-files")).resolve("投标方案.pdf");
        Files.writeString(proposal, "%PDF-1.4\n% " + canary + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", StandardCharsets.UTF_8);

        // Step 1: it obtains the documents and submits its bid, sealed the moment it arrives; the receipt shows its hash.
        BidPage bid = openLoginPage().logInAs("provider", DEMO_PASSWORD).openTenders().open(reference).obtainDocuments().openBid();
        ReceiptPage receipt = bid.submit(1, "2380000.00", "按月采集数据，季度发布分析报告。", proposal);
        assertThat(receipt.saved()).isNotBlank();
        assertThat(receipt.version()).isEqualTo("1");
        assertThat(receipt.hash()).hasSize(64);
        assertThat(temporaryFilesMentioning(canary)).as("the upload was never spooled to a temporary file").isZero();

        // Step 2: it revises its price: version 2 counts, version 1 stays sealed beside it.
        receipt = receipt.backToTheBid().submit(1, "2290000.00", "修订后的方案", proposal);
        assertThat(receipt.version()).isEqualTo("2");
        bid = receipt.backToTheBid();
        assertThat(bid.standing(1)).contains("2");
        assertThat(bid.arrivals(1)).isEqualTo(2);
        screenshot();

        // Step 3: it withdraws: the withdrawal is version 3, and no bid of its counts on the lot.
        receipt = bid.withdraw(1);
        assertThat(receipt.version()).isEqualTo("3");
        assertThat(receipt.hash()).isEmpty();
        bid = receipt.backToTheBid();
        assertThat(bid.arrivals(1)).isEqualTo(3);
        assertThat(bid.standing(1)).doesNotContain("3");
        bid.logOut();
    }

    private static long temporaryFilesMentioning(String canary) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")))) {
            // The browser's own profile is the provider's machine, not the platform's: it is not looked at.
            return files.filter(Files::isRegularFile).filter(Files::isReadable)
                    .filter(file -> !file.toString().contains("cogov-chromium-")).filter(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return new String(in.readNBytes(64 * 1024 * 1024), StandardCharsets.ISO_8859_1).contains(canary);
                } catch (IOException unreadable) {
                    return false;
                }
            }).count();
        }
    }
}
