package org.cogov.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cogov.DatabaseTest;
import org.cogov.identity.Addressees;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox as two app nodes share it: what one node claimed, the other skips while the first holds
 * it; an e-mail whose node died while sending is claimed again once its lease ended.
 */
@DatabaseTest
class OutboxTests {

    private static final Duration LEASE = Duration.ofMinutes(10);

    @Autowired
    ApplicationContext context;
    @Autowired
    Outbox outbox;
    @Autowired
    Messenger messenger;
    @Autowired
    Addressees addressees;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoNodesNeverClaimTheSameEmail() throws Exception {
        Instant now = new Recipients(context).clock().instant().plus(Duration.ofDays(400));
        Set<UUID> ours = Set.copyOf(mails(4, now));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch otherNodeLooked = new CountDownLatch(1);

        CompletableFuture<List<Outbox.Claimed>> first = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
            List<Outbox.Claimed> mine = outbox.claim(now, now.plus(LEASE), 2);
            claimed.countDown();
            await(otherNodeLooked);
            return mine;
        }));
        await(claimed);
        List<Outbox.Claimed> second = inTransaction(() -> outbox.claim(now, now.plus(LEASE), 100));
        otherNodeLooked.countDown();

        List<Outbox.Claimed> firstClaims = first.get(10, TimeUnit.SECONDS);
        List<Outbox.Claimed> third = inTransaction(() -> outbox.claim(now, now.plus(LEASE), 100));

        // PostgreSQL locks only the rows a claim takes, so the second node takes the two others at once;
        // H2 locks every due row the claim read, so they wait for the third claim. Either way, each once.
        assertThat(ids(firstClaims)).hasSize(2).isSubsetOf(ours);
        assertThat(Stream.of(firstClaims, second, third).flatMap(List::stream).map(Outbox.Claimed::id).filter(ours::contains))
                .hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void anEmailWhoseNodeDiedWhileSendingIsClaimedAgainWhenItsLeaseEnds() {
        Instant now = new Recipients(context).clock().instant().plus(Duration.ofDays(800));
        UUID mail = mails(1, now).get(0);
        assertThat(ids(inTransaction(() -> outbox.claim(now, now.plus(LEASE), 100)))).contains(mail);

        Instant during = now.plus(LEASE).minusSeconds(1);
        assertThat(ids(inTransaction(() -> outbox.claim(during, during.plus(LEASE), 100)))).doesNotContain(mail);
        Instant after = now.plus(LEASE);
        assertThat(inTransaction(() -> outbox.claim(after, after.plus(LEASE), 100))).filteredOn(c -> c.id().equals(mail))
                .singleElement().satisfies(c -> assertThat(c.attempts()).isEqualTo(2));
    }

    /** E-mails due at {@code at}, as the messenger writes them when e-mail is on. */
    private List<UUID> mails(int count, Instant at) {
        UUID user = new Recipients(context).provider("zh-CN", null);
        for (int i = 0; i < count; i++) {
            String source = "outbox-test:" + UUID.randomUUID();
            messenger.send(new Letter(MessageKind.ANSWER, source, "/messages", Wording.of("notification.notice", "1"), List.of()),
                    addressees.of(List.of(user)));
            outbox.add(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("SELECT id FROM notification_message WHERE source = :s").param("s", source).query(UUID.class).single(), at);
        }
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("""
                SELECT m.id FROM notification_mail m JOIN notification_message n ON n.id = m.message_id
                WHERE n.recipient_id = :user""").param("user", user).query(UUID.class).list();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private static Set<UUID> ids(List<Outbox.Claimed> claimed) {
        return claimed.stream().map(Outbox.Claimed::id).collect(Collectors.toSet());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
