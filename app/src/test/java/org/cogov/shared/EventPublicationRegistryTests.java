package org.cogov.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cogov.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events between modules go through Spring Modulith's JDBC registry: published in the transaction
 * of the change, kept in {@code event_publication} until their listener has run, so a crash loses
 * none. This checks the table that our migration creates is the one the registry uses.
 */
@DatabaseTest
class EventPublicationRegistryTests {

    record SomethingHappened(String what) {
    }

    static final CountDownLatch HEARD = new CountDownLatch(1);

    @TestConfiguration(proxyBeanMethods = false)
    static class Listener {

        @Bean
        Object somethingHappenedListener() {
            return new Object() {
                @ApplicationModuleListener
                void on(SomethingHappened event) {
                    HEARD.countDown();
                }
            };
        }
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventIsRecordedWithItsChangeAndCompletedOnceItsListenerRan() throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new SomethingHappened("x")));

        assertThat(HEARD.await(10, TimeUnit.SECONDS)).isTrue();
        Map<String, Object> row = waitForCompletion(Duration.ofSeconds(10));
        assertThat(row.get("event_type").toString()).endsWith("SomethingHappened");
    }

    private Map<String, Object> waitForCompletion(Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (true) {
            var rows = jdbc.sql("""
                    SELECT event_type, completion_date FROM event_publication
                    WHERE event_type LIKE '%SomethingHappened' AND completion_date IS NOT NULL
                    """).query().listOfRows();
            if (!rows.isEmpty() || System.nanoTime() > until) {
                assertThat(rows).as("a completed publication").isNotEmpty();
                return rows.get(0);
            }
            Thread.sleep(50);
        }
    }
}
