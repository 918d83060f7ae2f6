package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The notices of a procedure's end say the same in both languages, and an objection's decision names no objector. */
class EndingNoticeTextTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    EndingNoticeTextTests() {
        messages.setBasenames("i18n/procurement");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private String render(EndingNoticeFacts facts, Locale locale) {
        return EndingNoticeText.render(facts, locale, (key, arguments) -> messages.getMessage(key, arguments, locale));
    }

    private static EndingNoticeFacts facts(EndingNoticeFacts.What what) {
        return new EndingNoticeFacts("LJCG-2026-0012-03", LocalDate.of(2026, 12, 3), "LJCG-2026-0012", "老字号企业信用评价",
                new NoticeFacts.Names("澜江市商务局", "Lanjiang Municipal Commerce Bureau"), null, Method.SINGLE_SOURCE,
                new NoticeFacts.Names("澜江市老字号协会", "Lanjiang Time-honoured Brands Association"), what);
    }

    private static List<EndingNoticeFacts.What> everyKind() {
        return List.of(new EndingNoticeFacts.Cancelled("上级部门调整预算"),
                new EndingNoticeFacts.Failed(Failures.OBJECTION_UPHELD),
                new EndingNoticeFacts.ObjectionDecided(LocalDate.of(2026, 12, 1), true, "另有供应商具备服务能力"),
                new EndingNoticeFacts.LotFailed(2, "年度分析报告", OpeningResults.TOO_FEW_BIDS, 2, 3));
    }

    @Test
    void eachNoticeOfTheEndHasTheSameLinesAndFiguresInBothLanguages() {
        for (EndingNoticeFacts.What what : everyKind()) {
            String chinese = render(facts(what), Locale.SIMPLIFIED_CHINESE);
            String english = render(facts(what), Locale.ENGLISH);
            assertThat(chinese.lines().count()).as(what.toString()).isEqualTo(english.lines().count());
            assertThat(chinese).contains("LJCG-2026-0012-03", "2026-12-03");
            assertThat(english).contains("LJCG-2026-0012-03", "2026-12-03");
        }
    }

    @Test
    void theNoticesSayWhatEnded() {
        assertThat(render(facts(everyKind().get(0)), Locale.SIMPLIFIED_CHINESE)).startsWith("终止公告\n")
                .contains("终止原因：上级部门调整预算");
        assertThat(render(facts(everyKind().get(1)), Locale.ENGLISH)).startsWith("Failure notice\n")
                .contains("Reason for the failure: The finance bureau upheld an objection");
        assertThat(render(facts(everyKind().get(2)), Locale.ENGLISH)).startsWith("Decision on an objection\n")
                .contains("received on 2026-12-01. The objector is not named.", "Decision of the finance bureau: the objection is upheld",
                        "Reasons: 另有供应商具备服务能力");
    }

    @Test
    void aLotThatFailsAtItsOpeningIsNamedWithItsCount() {
        EndingNoticeFacts.What lot = everyKind().get(3);

        assertThat(render(facts(lot), Locale.SIMPLIFIED_CHINESE)).startsWith("废标公告\n").contains("第 2 包：年度分析报告",
                "2 家（至少须 3 家）", "本项目其他采购包继续进行");
        assertThat(render(facts(lot), Locale.ENGLISH)).contains("Lot 2: 年度分析报告", "2, where at least 3 are required",
                "The other lots of the procedure go on");
    }
}
