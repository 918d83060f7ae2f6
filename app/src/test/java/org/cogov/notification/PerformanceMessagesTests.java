package org.cogov.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.cogov.DatabaseTest;
import org.cogov.TestUsers;
import org.cogov.contracting.Grade;
import org.cogov.performance.EvaluationKind;
import org.cogov.performance.PerformanceEvaluated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A concluded evaluation is told to the provider's users and the purchaser's staff, each in their language. */
@DatabaseTest
class PerformanceMessagesTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestUsers users;

    @Test
    void theProviderAndThePurchaserLearnTheGradeInTheirLanguage() {
        Recipients recipients = new Recipients(context);
        UUID provider = recipients.provider("zh-CN", null);
        UUID purchaser = recipients.purchaser("en", null);
        UUID contract = UUID.randomUUID();

        recipients.publish(new PerformanceEvaluated(users.user("purchaser").userId(), users.user("purchaser").organizationId(), contract,
                UUID.randomUUID(), "LJ-2026-PERF", 1, users.user("purchaser").organizationId(), users.user("provider").organizationId(),
                EvaluationKind.THIRD_PARTY, new BigDecimal("89.30"), Grade.GOOD, true, LocalDate.of(2026, 1, 5)));

        assertThat(recipients.awaitMessages(provider, 1)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.CONTRACT);
            assertThat(m.subject()).contains("绩效评价完成", "良");
            assertThat(m.body()).contains("89.30");
        });
        assertThat(recipients.awaitMessages(purchaser, 1)).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("89.30", "grade 良"));
    }
}
