package org.cogov.shared.pdf;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The footer's words in the document's language. They live here rather than in the message bundles because a
 * document is written outside any request, and the shared module knows no message source.
 */
enum FooterWording {

    CHINESE("生成时间 ", "第 %d 页 共 %d 页"),
    ENGLISH("Generated ", "Page %d of %d");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private final String generated;
    private final String pageOf;

    FooterWording(String generated, String pageOf) {
        this.generated = generated;
        this.pageOf = pageOf;
    }

    static FooterWording of(Locale language) {
        return "zh".equals(language.getLanguage()) ? CHINESE : ENGLISH;
    }

    String generated(ZonedDateTime at) {
        return generated + TIME.format(at);
    }

    String page(int number, int count) {
        return String.format(Locale.ROOT, pageOf, number, count);
    }
}
