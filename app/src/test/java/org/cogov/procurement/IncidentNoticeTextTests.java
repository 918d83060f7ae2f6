package org.cogov.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The notice of a deadline extended after a platform incident reads the same in both languages. */
class IncidentNoticeTextTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Pattern FIGURES = Pattern.compile("[0-9a-f]{64}|[0-9][0-9,.:-]*[0-9]|[0-9]");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    IncidentNoticeTextTests() {
        messages.setBasenames("i18n/procurement");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private static Instant at(int day, int hour, int minute) {
        return LocalDate.of(2025, 3, day).atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }

    private static IncidentNoticeFacts facts(boolean reopened) {
        return new IncidentNoticeFacts("LJCG-2025-0007-03", LocalDate.of(2025, 3, 12), "LJCG-2025-0007", "行业运行监测服务采购",
                new NoticeFacts.Names("澜江市商务局", "Lanjiang Municipal Commerce Bureau"), null, "INC-2025-001", at(12, 9, 0),
                at(12, 11, 0), "数据库服务器故障，投标文件无法上传。", at(12, 9, 30), at(13, 9, 30), at(12, 9, 30), at(12, 12, 0),
                at(13, 9, 30), at(13, 12, 0), reopened, 1, SHANGHAI);
    }

    private String render(IncidentNoticeFacts facts, Locale locale) {
        return IncidentNoticeText.render(facts, locale, (key, arguments) -> messages.getMessage(key, arguments, locale));
    }

    @Test
    void anExtensionReadsTheSameInBothLanguages() {
        String english = render(facts(false), Locale.ENGLISH);
        String chinese = render(facts(false), Locale.SIMPLIFIED_CHINESE);

        assertThat(figures(english)).isEqualTo(figures(chinese));
        assertThat(english).startsWith("Deadline extension notice\n").contains("INC-2025-001, from 2025-03-12 09:00 until 2025-03-12 11:00",
                "extended from 2025-03-12 09:30 to 2025-03-13 09:30 (Asia/Shanghai)",
                "from 2025-03-12 09:30 – 2025-03-12 12:00 to 2025-03-13 09:30 – 2025-03-13 12:00", "数据库服务器故障")
                .doesNotContain("takes bids again");
        assertThat(chinese).startsWith("延期公告\n").contains("顺延至 2025-03-13 09:30", "INC-2025-001", "经财政部门确认");
    }

    @Test
    void aClosedProcedureSaysItTakesBidsAgain() {
        assertThat(render(facts(true), Locale.ENGLISH)).contains("takes bids again until the new deadline");
        assertThat(render(facts(true), Locale.SIMPLIFIED_CHINESE)).contains("现重新接收");
    }

    private static List<String> figures(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = FIGURES.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found.stream().sorted().toList();
    }
}
