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

import org.cogov.shared.Bilingual;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A clarification or amendment notice reads the same in both languages: the same figures, dates and hashes. */
class ClarificationTextTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Pattern FIGURES = Pattern.compile("[0-9a-f]{64}|[0-9][0-9,.:-]*[0-9]|[0-9]");
    private static final Instant MARCH_25 = LocalDate.of(2025, 3, 25).atTime(9, 30).atZone(SHANGHAI).toInstant();
    private static final Instant APRIL_1 = LocalDate.of(2025, 4, 1).atTime(9, 30).atZone(SHANGHAI).toInstant();

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ClarificationTextTests() {
        messages.setBasenames("i18n/procurement");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private String render(ClarificationFacts facts, Locale locale) {
        return ClarificationText.render(facts, locale, (key, arguments) -> messages.getMessage(key, arguments, locale));
    }

    private static ClarificationFacts clarification(@Nullable String question, Instant deadline,
            ClarificationFacts.@Nullable Lead lead, List<NoticeFacts.Document> documents) {
        return new ClarificationFacts("LJCG-2025-0007-02", question == null ? Notice.Kind.AMENDMENT : Notice.Kind.CLARIFICATION,
                LocalDate.of(2025, 3, 17), "LJCG-2025-0007", "行业运行监测服务采购", new NoticeFacts.Names("澜江市商务局",
                        "Lanjiang Municipal Commerce Bureau"), null, question, "不能，服务期限为一年（12 个月）。", documents, MARCH_25,
                deadline, deadline, deadline.plusSeconds(9000), SHANGHAI, lead);
    }

    private static final ClarificationFacts.Lead FIFTEEN_DAYS = new ClarificationFacts.Lead(15, new Bilingual("日", "days"),
            new Bilingual("财政部令第87号第二十七条", "MoF Order No. 87 Art. 27"));

    @Test
    void aMovedDeadlineReadsTheSameInBothLanguages() {
        ClarificationFacts facts = clarification("服务期限能否分两年执行？", APRIL_1, FIFTEEN_DAYS, List.of());

        String english = render(facts, Locale.ENGLISH);
        String chinese = render(facts, Locale.SIMPLIFIED_CHINESE);

        // The legal basis is cited as each language writes it (第二十七条, Art. 27): compared without it.
        assertThat(figures(english.replace("MoF Order No. 87 Art. 27", ""))).isEqualTo(figures(chinese.replace("财政部令第87号第二十七条", "")));
        assertThat(english).startsWith("Clarification notice\n").contains("from 2025-03-25 09:30 to 2025-04-01 09:30",
                "at least 15 days", "MoF Order No. 87 Art. 27");
        assertThat(chinese).startsWith("澄清公告\n").contains("由 2025-03-25 09:30 顺延至 2025-04-01 09:30", "财政部令第87号第二十七条");
    }

    @Test
    void anAmendmentWithANewDocumentCarriesItsHashInBothLanguages() {
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        ClarificationFacts facts = clarification(null, MARCH_25, null,
                List.of(new NoticeFacts.Document(TenderDocument.Kind.TENDER_DOCUMENTS, 2, "采购文件（更正）.pdf", hash)));

        String english = render(facts, Locale.ENGLISH);

        assertThat(figures(english)).isEqualTo(figures(render(facts, Locale.SIMPLIFIED_CHINESE)));
        assertThat(english).startsWith("Amendment notice\n").contains(hash, "The deadline stays 2025-03-25 09:30");
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
