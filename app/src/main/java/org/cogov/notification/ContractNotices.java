package org.cogov.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.cogov.contracting.ContractReminder;
import org.cogov.contracting.ContractTerminated;
import org.cogov.contracting.MilestoneAccepted;
import org.cogov.contracting.PaymentMade;
import org.cogov.identity.Addressees;
import org.cogov.identity.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the platform tells of a contract as it is carried out: the purchaser's staff are reminded of each day to publish,
 * file, accept and pay, and told when one passed; the provider's users are reminded of their milestones' days and told of
 * each acceptance, payment and a termination.
 *
 * <p>Each listener runs after the change committed, in a transaction of its own, through the event publication registry.
 */
@Component
class ContractNotices {

    private static final Set<Role> STAFF = EnumSet.of(Role.PURCHASER);
    private static final Set<Role> PROVIDERS = EnumSet.of(Role.PROVIDER);

    private final Messenger messenger;
    private final Addressees addressees;

    ContractNotices(Messenger messenger, Addressees addressees) {
        this.messenger = messenger;
        this.addressees = addressees;
    }

    @ApplicationModuleListener
    void on(ContractReminder reminder) {
        String subject = "notification.contract." + reminder.subject().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String milestone = reminder.milestone() == null ? "" : reminder.milestone().toString();
        String lot = Integer.toString(reminder.lot());
        Letter letter = new Letter(MessageKind.CONTRACT, "contracting.reminder:" + reminder.contractId() + ":" + reminder.subject() + ":"
                + milestone + ":" + reminder.day(), implementation(reminder.contractId()), Wording.of(subject + ".subject",
                        reminder.reference(), lot, milestone),
                List.of(Wording.of(subject + ".body", reminder.reference(), lot, milestone, reminder.day().toString())));
        messenger.send(letter, addressees.holding(List.of(reminder.purchaserId()), STAFF));
        if (reminder.subject().forProvider()) {
            messenger.send(letter, addressees.holding(List.of(reminder.providerId()), PROVIDERS));
        }
    }

    @ApplicationModuleListener
    void on(MilestoneAccepted accepted) {
        String lot = Integer.toString(accepted.lot());
        String milestone = Integer.toString(accepted.ordinal());
        messenger.send(new Letter(MessageKind.CONTRACT, "contracting.milestone.accepted:" + accepted.contractId() + ":" + milestone,
                implementation(accepted.contractId()), Wording.of("notification.contract.accepted.subject", accepted.reference(), lot, milestone),
                List.of(accepted.payBy() == null
                        ? Wording.of("notification.contract.accepted-final.body", accepted.reference(), lot, milestone,
                                accepted.acceptedOn().toString(), accepted.amount().toPlainString())
                        : Wording.of("notification.contract.accepted.body", accepted.reference(), lot, milestone,
                                accepted.acceptedOn().toString(), accepted.amount().toPlainString(), accepted.payBy().toString()))),
                providers(accepted.providerId()));
    }

    @ApplicationModuleListener
    void on(PaymentMade paid) {
        String lot = Integer.toString(paid.lot());
        String milestone = Integer.toString(paid.ordinal());
        messenger.send(new Letter(MessageKind.CONTRACT, "contracting.payment.made:" + paid.contractId() + ":" + milestone,
                implementation(paid.contractId()), Wording.of("notification.contract.paid.subject", paid.reference(), lot, milestone),
                List.of(Wording.of("notification.contract.paid.body", paid.reference(), lot, milestone, paid.amount().toPlainString(),
                        paid.paidOn().toString(), paid.voucher()))),
                providers(paid.providerId()));
    }

    @ApplicationModuleListener
    void on(ContractTerminated terminated) {
        String lot = Integer.toString(terminated.lot());
        messenger.send(new Letter(MessageKind.CONTRACT, "contracting.contract.terminated:" + terminated.contractId(),
                implementation(terminated.contractId()), Wording.of("notification.contract.terminated.subject", terminated.reference(), lot),
                List.of(Wording.of("notification.contract.terminated.body", terminated.reference(), lot, terminated.terminatedOn().toString(),
                        terminated.reason()))),
                providers(terminated.providerId()));
    }

    private List<Addressees.Addressee> providers(UUID provider) {
        return addressees.holding(List.of(provider), PROVIDERS);
    }

    private static String implementation(UUID contract) {
        return "/contracts/" + contract + "/implementation";
    }
}
