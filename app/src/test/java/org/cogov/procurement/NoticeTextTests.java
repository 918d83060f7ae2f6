package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cogov.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A notice reads the same in both languages: every number, date, time and hash of one is in the other. */
class NoticeTextTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Pattern FIGURES = Pattern.compile("[0-9a-f]{64}|[0-9][0-9,.:-]*[0-9]|[0-9]");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    NoticeTextTests() {
        messages.setBasenames("i18n/procurement");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private String render(NoticeFacts facts, Locale locale) {
        return NoticeText.render(facts, locale, (key, arguments) -> messages.getMessage(key, arguments, locale));
    }

    private static NoticeFacts tender() {
        AwardCriteria scoring = new AwardCriteria.ComprehensiveScoring(BigDecimal.valueOf(20), false, List.of(
                new AwardCriteria.Factor("监测方案", BigDecimal.valueOf(70), "指标体系完整", AwardCriteria.Factor.Kind.GENERAL),
                new AwardCriteria.Factor("以往履约", BigDecimal.valueOf(10), "近三年绩效评价", AwardCriteria.Factor.Kind.PAST_PERFORMANCE)),
                List.of(AwardCriteria.TieBreak.higherFactor(1), AwardCriteria.TieBreak.earlierReceipt()));
        return new NoticeFacts("LJCG-2025-0007-01", Notice.Kind.TENDER_NOTICE, LocalDate.of(2025, 3, 5), "LJCG-2025-0007",
                "重点商贸行业运行监测服务", null, new NoticeFacts.Names("澜江市商务局", "Lanjiang Municipal Commerce Bureau"), null,
                Method.PUBLIC_TENDER, null, null, null,
                List.of(new Lot(1, "行业运行监测", null, Money.yuan(1_600_000), scoring, Money.yuan(32_000)),
                        new Lot(2, "年度分析报告", null, Money.yuan("1200000.50"), new AwardCriteria.LowestPrice())),
                new Timetable(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 12),
                        LocalDateTime.of(2025, 3, 25, 9, 30).atZone(SHANGHAI).toInstant(),
                        LocalDateTime.of(2025, 3, 25, 9, 30).atZone(SHANGHAI).toInstant(),
                        LocalDateTime.of(2025, 3, 25, 12, 0).atZone(SHANGHAI).toInstant(), null, null, null, null),
                SHANGHAI, List.of(new NoticeFacts.Document(TenderDocument.Kind.TENDER_DOCUMENTS, 2, "tender.pdf",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                3, 5, new NoticeFacts.OpeningKeyFacts("X25519", "3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=",
                        "c4f1b2a3d4e5f60718293a4b5c6d7e8f9011223344556677889900aabbccddee", 2, List.of(
                                new NoticeFacts.ShareFacts(1, "孙采购", new NoticeFacts.Names("澜江市商务局", "Lanjiang Municipal Commerce Bureau"),
                                        "1111111111111111111111111111111111111111111111111111111111111111"),
                                new NoticeFacts.ShareFacts(2, "钱财政", new NoticeFacts.Names("澜江市财政局", "Lanjiang Municipal Finance Bureau"),
                                        "2222222222222222222222222222222222222222222222222222222222222222"))));
    }

    @Test
    void bothLanguagesCarryTheSameFigures() {
        NoticeFacts facts = tender();
        assertThat(figures(render(facts, Locale.ENGLISH))).isEqualTo(figures(render(facts, Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void theNoticeNamesItsNumberLotsDeadlineAndDocumentHash() {
        String english = render(tender(), Locale.ENGLISH);
        assertThat(english).startsWith("Tender notice\n").contains("LJCG-2025-0007-01", "Lot 1: 行业运行监测, budget CNY 1,600,000.00",
                "CNY 1,200,000.50", "Deadline 2025-03-25 09:30 (Asia/Shanghai)",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "3 of the 5 custodians");
        assertThat(render(tender(), Locale.SIMPLIFIED_CHINESE)).startsWith("招标公告\n").contains("第 1 包：行业运行监测，预算 1,600,000.00 元");
    }

    @Test
    void theNoticePublishesTheOpeningKeyWithItsFingerprintAndTheCommitmentOfEachShare() {
        String english = render(tender(), Locale.ENGLISH);
        String chinese = render(tender(), Locale.SIMPLIFIED_CHINESE);

        assertThat(english).contains("Opening key of the bids\n", "Public key (X25519, base64): 3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=",
                "c4f1 b2a3 d4e5 f607 1829 3a4b 5c6d 7e8f 9011 2233 4455 6677 8899 00aa bbcc ddee",
                "any 2 of the 2 shares", "    Share 1, 孙采购 (Lanjiang Municipal Commerce Bureau): 1111111111111111111111111111111111111111111111111111111111111111");
        assertThat(chinese).contains("公钥（X25519，base64）：3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=",
                "    第 2 份，钱财政（澜江市财政局）：2222222222222222222222222222222222222222222222222222222222222222");
        assertThat(render(new NoticeFacts(tender().number(), tender().kind(), tender().publishedOn(), tender().reference(),
                tender().title(), null, tender().purchaser(), null, Method.SINGLE_SOURCE, null, null, null, tender().lots(),
                tender().dates(), SHANGHAI, List.of(), 3, 5, null), Locale.ENGLISH)).doesNotContain("Opening key");
    }

    private static List<String> figures(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = FIGURES.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found.stream().sorted().toList();
    }

    @Test
    void eachLotStatesHowTiesAreBrokenInBothLanguages() {
        assertThat(render(tender(), Locale.ENGLISH)).contains(
                "Bids still equal are ranked by the higher panel average on factor 1, 监测方案; the bid received first; then by a random draw.",
                "Bids still equal are ranked by a random draw.");
        assertThat(render(tender(), Locale.SIMPLIFIED_CHINESE)).contains(
                "仍然并列的，依次按以下规则确定：评审因素 1“监测方案”平均得分高者优先；递交时间在先者优先；仍并列的，随机抽签确定。",
                "仍然并列的，随机抽签确定。");
    }

    @Test
    void eachLotStatesItsBidBondOrThatNoneIsRequiredInBothLanguages() {
        assertThat(render(tender(), Locale.ENGLISH)).contains("Bid bond: CNY 32,000.00, lodged before the deadline.",
                "No bid bond is required.");
        assertThat(render(tender(), Locale.SIMPLIFIED_CHINESE)).contains("投标保证金：32,000.00 元，应在投标截止时间前提交。",
                "不收取投标保证金。");
    }
}
