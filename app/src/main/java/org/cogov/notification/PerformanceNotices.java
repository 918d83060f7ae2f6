package org.cogov.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cogov.identity.Addressees;
import org.cogov.identity.Role;
import org.cogov.performance.PerformanceEvaluated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the platform tells of a concluded performance evaluation: the provider's users learn the total and the grade, with
 * the link to the published result they may comment on; the purchaser's staff learn it too.
 *
 * <p>The listener runs after the conclusion committed, in a transaction of its own, through the event publication registry.
 */
@Component
class PerformanceNotices {

    private static final Set<Role> STAFF = EnumSet.of(Role.PURCHASER);
    private static final Set<Role> PROVIDERS = EnumSet.of(Role.PROVIDER);

    private final Messenger messenger;
    private final Addressees addressees;

    PerformanceNotices(Messenger messenger, Addressees addressees) {
        this.messenger = messenger;
        this.addressees = addressees;
    }

    @ApplicationModuleListener
    void on(PerformanceEvaluated evaluated) {
        String lot = Integer.toString(evaluated.lot());
        Letter letter = new Letter(MessageKind.CONTRACT, "performance.contract.evaluated:" + evaluated.contractId(),
                "/contracts/" + evaluated.contractId() + "/performance",
                Wording.of("notification.performance.evaluated.subject", evaluated.reference(), lot, evaluated.grade().zh()),
                List.of(Wording.of("notification.performance.evaluated.body", evaluated.reference(), lot, evaluated.total().toPlainString(),
                        evaluated.grade().zh())));
        messenger.send(letter, addressees.holding(List.of(evaluated.providerId()), PROVIDERS));
        messenger.send(letter, addressees.holding(List.of(evaluated.purchaserId()), STAFF));
    }
}
