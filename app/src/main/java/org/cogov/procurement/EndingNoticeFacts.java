package org.cogov.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * What a notice of a procedure's end, or of a decision on an objection, says, once for both languages:
 * which procedure, and what happened to it. The runner's and the finance bureau's own words are quoted as
 * written; a failure's reason is the message key of its rule, said in each language. An objection's
 * notice never names the objector.
 */
@Domain
public record EndingNoticeFacts(String number, LocalDate publishedOn, String reference, String title,
        NoticeFacts.Names purchaser, NoticeFacts.@Nullable Names agency, Method method,
        NoticeFacts.@Nullable Names singleSourceSupplier, What what) {

    /** What the notice tells. */
    public sealed interface What {
        Notice.Kind kind();
    }

    /** The runner cancelled the procedure before award (终止公告). */
    public record Cancelled(String reason) implements What {
        @Override
        public Notice.Kind kind() {
            return Notice.Kind.CANCELLATION;
        }
    }

    /** The procedure failed as a rule says (废标公告); {@code reasonKey} names the rule. */
    public record Failed(String reasonKey) implements What {
        @Override
        public Notice.Kind kind() {
            return Notice.Kind.FAILURE;
        }
    }

    /**
     * One lot failed at its opening (废标公告 for the lot), by the rule {@code reasonKey}: {@code standing} bids
     * stood at the deadline where {@code needed} were required. The procedure's other lots go on.
     */
    public record LotFailed(int lot, String lotTitle, String reasonKey, int standing, int needed) implements What {
        @Override
        public Notice.Kind kind() {
            return Notice.Kind.FAILURE;
        }
    }

    /** The finance bureau decided an objection to the single-source publicity lodged on {@code lodgedOn}. */
    public record ObjectionDecided(LocalDate lodgedOn, boolean upheld, String reason) implements What {
        @Override
        public Notice.Kind kind() {
            return Notice.Kind.OBJECTION_DECISION;
        }
    }

    /**
     * The result (中标/成交结果公告, Order 87 Art. 69): each decided lot with its winner, price and panel, displayed from
     * the notice's day until {@code displayUntil}; challenges run until {@code challengesUntil}.
     */
    public record Result(List<LotResult> lots, LocalDate displayUntil, LocalDate challengesUntil) implements What {

        public Result {
            lots = List.copyOf(lots);
        }

        @Override
        public Notice.Kind kind() {
            return Notice.Kind.RESULT;
        }
    }

    /**
     * A lot's result. {@code total} is the winner's total score shown at 2 decimals when the lot ranked by scores;
     * {@code panel} the names of the panel's members as the rules publish them.
     */
    public record LotResult(int lot, String lotTitle, NoticeFacts.Names winner, BigDecimal price, @Nullable BigDecimal total,
            List<String> panel) {

        public LotResult {
            panel = List.copyOf(panel);
        }
    }

    /**
     * A published award no longer stands (更正公告): an upheld challenge or complaint cancelled the award of a lot to
     * {@code winner}, published in {@code resultNotice}, with its remedy and reason.
     */
    public record AwardCancelled(int lot, String lotTitle, NoticeFacts.Names winner, @Nullable String resultNotice, Remedy remedy,
            String reason) implements What {
        @Override
        public Notice.Kind kind() {
            return Notice.Kind.AMENDMENT;
        }
    }

    /** A lot's award fell on an upheld challenge or complaint and the lot fails (废标公告 for the lot), with the decision's reason. */
    public record LotFailedOnReview(int lot, String lotTitle, String reason) implements What {
        @Override
        public Notice.Kind kind() {
            return Notice.Kind.FAILURE;
        }
    }

    /**
     * The finance bureau decided a complaint lodged on {@code lodgedOn} by {@code complainant} (Order 94 Art. 31 names
     * the complainant in the published decision; the complaint's words are not published): dismissed when
     * {@code remedy} is none, else upheld with the remedy for the lot.
     */
    public record ComplaintDecided(LocalDate lodgedOn, NoticeFacts.Names complainant, @Nullable Integer lot,
            @Nullable String lotTitle, @Nullable Remedy remedy, String reason) implements What {
        @Override
        public Notice.Kind kind() {
            return Notice.Kind.COMPLAINT_DECISION;
        }
    }

    public Notice.Kind kind() {
        return what.kind();
    }
}
