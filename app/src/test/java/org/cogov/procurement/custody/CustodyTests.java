package org.cogov.procurement.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.identity.UserProvisioning;
import org.cogov.procurement.EndingFixtures;
import org.cogov.procurement.Method;
import org.cogov.procurement.Notice;
import org.cogov.procurement.ProcedureDrafts;
import org.cogov.procurement.ProcedureId;
import org.cogov.procurement.Publication;
import org.cogov.procurement.ReadyDraft;
import org.cogov.sealing.OpeningKey;
import org.cogov.sealing.Share;
import org.cogov.shared.Actor;
import org.cogov.shared.RuleViolation;
import org.cogov.shared.RuleViolations;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Custodian keys and the key ceremony at publication: a key enrolled under a passphrase that the server
 * never keeps; at publication one share sealed to each custodian's key, the commitments in the notice;
 * and the server-side leg of the opening — the shares opened with their custodians' passphrases, any k
 * of them, rebuild the private key of the published public key.
 */
@DatabaseTest
class CustodyTests {

    @Autowired
    CustodianKeys keys;
    @Autowired
    OpeningKeys openingKeys;
    @Autowired
    ProcedureDrafts drafts;
    @Autowired
    Publication publication;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    private ProcedureId published() {
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        publication.publish(users.user("purchaser"), id, ReadyDraft.version(drafts, users.user("purchaser"), id));
        return id;
    }

    // Enrolment

    @Test
    void anOfficialEnrolsAKeyWhosePassphraseTheServerNeverKeeps() {
        String official = Custodians.freshOfficial(provisioning, users, "finance");
        char[] passphrase = "澜江 opening key of mine".toCharArray();
        char[] repeated = "澜江 opening key of mine".toCharArray();

        CustodianKeys.EnrolledKey key = keys.enrol(users.user(official), passphrase, repeated);

        assertThat(passphrase).as("wiped").containsOnly('\0');
        assertThat(repeated).as("wiped").containsOnly('\0');
        assertThat(keys.current(users.user(official).userId())).contains(key);
        var row = jdbc.sql("SELECT * FROM custodian_key WHERE id = :id").param("id", key.id()).query().singleRow();
        assertThat((byte[]) row.get("public_key")).hasSize(32);
        assertThat(row.get("fingerprint")).isEqualTo(OpeningKey.fingerprint((byte[]) row.get("public_key")));
        assertThat((byte[]) row.get("wrapped_key")).hasSize(48);
        assertThat((byte[]) row.get("salt")).hasSize(16);
        assertThat(row.get("argon2_memory_kib")).isEqualTo(1024);
        String payloads = String.join("\n", jdbc.sql("""
                SELECT p.payload FROM audit_payload p JOIN audit_entry e ON e.id = p.entry_id
                WHERE e.action = 'procurement.custodian.key-enrolled' AND e.object_id = :id""").param("id", key.id().toString())
                .query(String.class).list());
        assertThat(payloads).contains(key.fingerprint()).doesNotContain("opening key of mine");
    }

    @Test
    void reEnrolmentReplacesTheCurrentKeyAndKeepsTheEarlierOne() {
        String official = Custodians.freshOfficial(provisioning, users, "auditor");
        Actor actor = users.user(official);
        CustodianKeys.EnrolledKey first = keys.enrol(actor, "the first passphrase".toCharArray(), "the first passphrase".toCharArray());
        CustodianKeys.EnrolledKey second = keys.enrol(actor, "the second passphrase".toCharArray(),
                "the second passphrase".toCharArray());

        assertThat(keys.current(actor.userId())).contains(second);
        assertThat(second.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(jdbc.sql("SELECT replaced_at IS NOT NULL FROM custodian_key WHERE id = :id").param("id", first.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(keys.check(actor, "the second passphrase".toCharArray())).isTrue();
        assertThat(keys.check(actor, "the first passphrase".toCharArray())).as("the current key is the second").isFalse();
    }

    @Test
    void aPassphraseTooShortOrNotRepeatedAlikeIsRefusedBesideItsField() {
        Actor actor = users.user(Custodians.freshOfficial(provisioning, users, "registrar"));

        assertThatThrownBy(() -> keys.enrol(actor, "too short".toCharArray(), "too shorT".toCharArray()))
                .isInstanceOf(RuleViolations.class)
                .satisfies(e -> assertThat(((RuleViolations) e).violations()).extracting(RuleViolation::messageKey, RuleViolation::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("procurement.custodian.passphrase-too-short", "passphrase"),
                                org.assertj.core.groups.Tuple.tuple("procurement.custodian.passphrase-not-repeated", "repeated")));
        assertThatThrownBy(() -> keys.enrol(actor, "            ".toCharArray(), "            ".toCharArray()))
                .isInstanceOf(RuleViolations.class);
        assertThat(keys.current(actor.userId())).isEmpty();
    }

    @Test
    void aCustodianChecksItsPassphraseAndAWrongOneIsARefusedEntry() {
        String official = Custodians.freshOfficial(provisioning, users, "purchaser");
        Actor actor = users.user(official);
        keys.enrol(actor, "check me before the opening".toCharArray(), "check me before the opening".toCharArray());
        long refusals = users.refusalsOf(official);

        assertThat(keys.check(actor, "check me before the opening".toCharArray())).isTrue();
        assertThat(users.refusalsOf(official)).isEqualTo(refusals);
        assertThat(keys.check(actor, "check me after the opening".toCharArray())).isFalse();
        assertThat(users.refusalsOf(official)).isEqualTo(refusals + 1);
    }

    // The key ceremony at publication

    @Test
    void publicationMakesTheKeyWithOneSealedSharePerCustodianAndTheNoticePublishesTheCommitments() throws Exception {
        ProcedureId id = published();

        OpeningKeys.ProcedureKey key = openingKeys.of(id).orElseThrow();
        assertThat(key.algorithm()).isEqualTo("X25519");
        assertThat(key.needed()).isEqualTo(3);
        assertThat(key.shares()).extracting(OpeningKeys.Commitment::index).containsExactly(1, 2, 3, 4);
        assertThat(key.fingerprint()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.publicKey())));
        List<UUID> demo = Custodians.DEMO.stream().map(u -> users.user(u).userId()).toList();
        assertThat(key.shares()).extracting(OpeningKeys.Commitment::custodian).containsExactlyInAnyOrderElementsOf(demo);
        for (OpeningKeys.Commitment share : key.shares()) {
            assertThat(jdbc.sql("SELECT custodian_key_id FROM opening_share WHERE procedure_id = :p AND share_index = :i")
                    .param("p", id.value()).param("i", share.index()).query(UUID.class).single())
                    .as("sealed to the custodian's current key").isEqualTo(keys.current(share.custodian()).orElseThrow().id());
        }
        Notice notice = publication.published(id).orElseThrow().notices().get(0);
        for (String text : List.of(notice.textZh(), notice.textEn())) {
            assertThat(text).contains(key.publicKeyBase64(), OpeningKey.grouped(key.fingerprint()));
            key.shares().forEach(share -> assertThat(text).contains(share.commitment(), share.custodianName()));
        }
    }

    @Test
    void theSharesOpenedWithTheirCustodiansPassphrasesRebuildThePublishedKeyAnyNeededOfThem() {
        ProcedureId id = published();
        OpeningKeys.ProcedureKey key = openingKeys.of(id).orElseThrow();
        List<Share> shares = new ArrayList<>();
        for (String custodian : Custodians.DEMO) {
            Share share = openingKeys.openShare(users.user(custodian), id, Custodians.passphrase(custodian));
            assertThat(share.commitment()).isIn(key.shares().stream().map(OpeningKeys.Commitment::commitment).toList());
            shares.add(share);
        }

        Random random = new Random(id.value().getLeastSignificantBits());
        for (int left = -1; left < shares.size(); left++) {
            List<Share> chosen = new ArrayList<>(shares);
            if (left >= 0) {
                chosen.remove(left);
            }
            Collections.shuffle(chosen, random);
            byte[] rebuilt = OpeningKey.combine(chosen);
            assertThat(OpeningKey.publicKeyOf(rebuilt)).as("shares " + chosen).isEqualTo(key.publicKey());
        }
        assertThat(OpeningKey.matches(OpeningKey.combine(shares.subList(0, 2)), key.publicKey())).as("two of three needed").isFalse();
        shares.forEach(Share::wipe);
    }

    @Test
    void aWrongPassphraseOpensNoShareAndIsARefusedEntry() {
        ProcedureId id = published();
        long refusals = users.refusalsOf("registrar");

        assertThatThrownBy(() -> openingKeys.openShare(users.user("registrar"), id, "finance-opening-key".toCharArray()))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("procurement.custodian.passphrase-wrong");
        assertThat(users.refusalsOf("registrar")).isEqualTo(refusals + 1);
        assertThatThrownBy(() -> openingKeys.openShare(users.user("purchaser"), new ProcedureId(UUID.randomUUID()),
                Custodians.passphrase("purchaser"))).isInstanceOf(RuleViolation.class).extracting("kind")
                .isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }

    @Test
    void aCustodianWhoEnrolledAgainOpensItsEarlierShareWithTheEarlierPassphrase() {
        String official = Custodians.freshOfficial(provisioning, users, "finance");
        Actor actor = users.user(official);
        keys.enrol(actor, "passphrase of the first key".toCharArray(), "passphrase of the first key".toCharArray());
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        Actor purchaser = users.user("purchaser");
        drafts.nameCustodians(purchaser, id, ReadyDraft.version(drafts, purchaser, id), 2,
                List.of(purchaser.userId(), actor.userId()));
        publication.publish(purchaser, id, ReadyDraft.version(drafts, purchaser, id));
        keys.enrol(actor, "passphrase of the second key".toCharArray(), "passphrase of the second key".toCharArray());

        assertThat(openingKeys.duties(actor)).filteredOn(d -> d.procedure().equals(id)).singleElement()
                .satisfies(duty -> assertThat(duty.earlierKey()).isTrue());
        assertThatThrownBy(() -> openingKeys.openShare(actor, id, "passphrase of the second key".toCharArray()))
                .isInstanceOf(RuleViolation.class);
        Share share = openingKeys.openShare(actor, id, "passphrase of the first key".toCharArray());
        Share other = openingKeys.openShare(purchaser, id, Custodians.passphrase("purchaser"));
        assertThat(OpeningKey.publicKeyOf(OpeningKey.combine(List.of(share, other)))).isEqualTo(openingKeys.of(id).orElseThrow().publicKey());
    }

    @Test
    void aDraftWhoseCustodianHasNoKeyIsNotPublished() {
        String official = Custodians.freshOfficial(provisioning, users, "auditor");
        Actor purchaser = users.user("purchaser");
        ProcedureId id = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        drafts.nameCustodians(purchaser, id, ReadyDraft.version(drafts, purchaser, id), 2,
                List.of(purchaser.userId(), users.user(official).userId()));

        assertThat(drafts.draft(purchaser, id).blockers()).singleElement().satisfies(blocker -> {
            assertThat(blocker.messageKey()).isEqualTo("procurement.blocker.custodian-without-key");
            assertThat(blocker.arguments()).containsExactly(users.user(official).displayName());
        });
        assertThatThrownBy(() -> publication.publish(purchaser, id, ReadyDraft.version(drafts, purchaser, id)))
                .isInstanceOf(RuleViolations.class);
        assertThat(openingKeys.of(id)).isEmpty();

        keys.enrol(users.user(official), "now I have a key".toCharArray(), "now I have a key".toCharArray());
        assertThat(drafts.draft(purchaser, id).blockers()).isEmpty();
    }

    @Test
    void aSingleSourceSealsNoBidsAndHasNoOpeningKey() throws Exception {
        ProcedureId id = EndingFixtures.singleSourceInPublicity(context, users);

        assertThat(publication.published(id)).isPresent();
        assertThat(openingKeys.of(id)).isEmpty();
        mvc.perform(get("/api/v1/procedures/" + id.value() + "/opening-key")).andExpect(status().isNotFound());
    }

    @Test
    void onPostgresqlAnOpeningKeyAndItsSharesNeverChangeAndACustodianKeyIsOnlyReplaced() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "the privileges and the triggers exist on PostgreSQL");
        }
        ProcedureId id = published();
        UUID key = keys.current(users.user("finance").userId()).orElseThrow().id();

        for (String change : new String[] { "UPDATE opening_key SET fingerprint = fingerprint WHERE procedure_id = :p",
                "DELETE FROM opening_share WHERE procedure_id = :p", "UPDATE opening_share SET commitment = commitment WHERE procedure_id = :p",
                "DELETE FROM opening_key WHERE procedure_id = :p" }) {
            assertThatThrownBy(() -> jdbc.sql(change).param("p", id.value()).update()).as(change).hasMessageContaining("opening_");
        }
        assertThatThrownBy(() -> jdbc.sql("UPDATE custodian_key SET wrapped_key = salt WHERE id = :k").param("k", key).update())
                .hasMessageContaining("replaced");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM custodian_key WHERE id = :k").param("k", key).update())
                .hasMessageContaining("custodian_key");
        assertThat(openingKeys.of(id)).isPresent();
    }

    // The API and the pages

    @Test
    void anyoneReadsAPublishedOpeningKeyAndNobodyADraftsOrAnUnknownOne() throws Exception {
        ProcedureId id = published();
        OpeningKeys.ProcedureKey key = openingKeys.of(id).orElseThrow();

        String body = mvc.perform(get("/api/v1/procedures/" + id.value() + "/opening-key")).andExpect(status().isOk())
                .andExpect(jsonPath("$.procedure").value(id.value().toString()))
                .andExpect(jsonPath("$.algorithm").value("X25519"))
                .andExpect(jsonPath("$.fingerprint").value(key.fingerprint()))
                .andExpect(jsonPath("$.needed").value(3)).andExpect(jsonPath("$.custodians").value(4))
                .andExpect(jsonPath("$.shares.length()").value(4))
                .andExpect(jsonPath("$.shares[0].index").value(1))
                .andExpect(jsonPath("$.shares[0].custodian").value(key.shares().get(0).custodianName()))
                .andExpect(jsonPath("$.shares[0].commitment").value(key.shares().get(0).commitment()))
                .andReturn().getResponse().getContentAsString();
        String publicKey = body.replaceAll("(?s).*\"publicKey\":\"([^\"]+)\".*", "$1");
        assertThat(OpeningKey.fingerprint(Base64.getDecoder().decode(publicKey))).isEqualTo(key.fingerprint());

        ProcedureId draft = ReadyDraft.of(context, users, Method.PUBLIC_TENDER, null, 2_500_000);
        mvc.perform(get("/api/v1/procedures/" + draft.value() + "/opening-key")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("rule"));
        mvc.perform(get("/api/v1/procedures/" + UUID.randomUUID() + "/opening-key")).andExpect(status().isNotFound());
    }

    @Test
    void theApiEnrolsChecksAndListsDutiesAndRefusesAShortPassphraseField() throws Exception {
        String official = Custodians.freshOfficial(provisioning, users, "purchaser");
        mvc.perform(post("/api/v1/custodian/key").with(users.as(official)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"passphrase\":\"short\",\"repeated\":\"short\"}")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("passphrase"));
        mvc.perform(get("/api/v1/custodian/key").with(users.as(official))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/custodian/key").with(users.as(official)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"passphrase\":\"a passphrase of my own\",\"repeated\":\"a passphrase of my own\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fingerprint").isString());
        mvc.perform(post("/api/v1/custodian/key/check").with(users.as(official)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"passphrase\":\"a passphrase of my own\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.right").value(true));
        mvc.perform(post("/api/v1/custodian/key/check").with(users.as(official)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"passphrase\":\"not my passphrase\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.right").value(false));

        ProcedureId id = published();
        mvc.perform(get("/api/v1/custodian/duties").with(users.as("auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.procedure == '" + id.value() + "')].commitment").isNotEmpty())
                .andExpect(jsonPath("$[?(@.procedure == '" + id.value() + "')].earlierKey").value(false));
    }

    @Test
    void theCustodianPageShowsTheKeyAndTheDutiesAndNeverEchoesAPassphrase() throws Exception {
        ProcedureId id = published();
        OpeningKeys.ProcedureKey key = openingKeys.of(id).orElseThrow();
        String page = mvc.perform(get("/custodian").with(users.as("registrar"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"key-fingerprint\"", keys.current(users.user("registrar").userId()).orElseThrow()
                .groupedFingerprint(), key.shares().stream().filter(s -> s.custodian().equals(users.user("registrar").userId()))
                .findFirst().orElseThrow().commitment(), "id=\"re-enrol-warning\"");

        String refused = mvc.perform(post("/custodian/key").with(users.as("registrar")).with(csrf())
                .param("passphrase", "an unrepeated passphrase").param("repeated", "another passphrase"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("is-invalid").doesNotContain("an unrepeated passphrase").doesNotContain("another passphrase");

        String checked = mvc.perform(post("/custodian/key/check").with(users.as("registrar")).with(csrf()).header("HX-Request", "true")
                .param("passphrase", new String(Custodians.passphrase("registrar")))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(checked).contains("id=\"check-result\"", "alert-success").doesNotContain("<html");

        String tender = mvc.perform(get("/tenders/" + id.value()).with(users.as("provider"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tender).contains(key.groupedFingerprint(), key.shares().get(0).commitment());
    }
}
