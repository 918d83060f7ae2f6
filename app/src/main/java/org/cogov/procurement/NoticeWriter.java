package org.cogov.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiFunction;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * Writes a notice in one language, line by line, for every kind of notice. The words come from the
 * message bundles ({@code procurement.notice.*}); numbers, dates, times and hashes are printed the
 * same way in both languages, so that the two texts of a notice differ in their words only.
 */
@Domain
final class NoticeWriter {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final boolean chinese;
    private final BiFunction<String, Object[], String> labels;
    private final StringBuilder text = new StringBuilder();

    /** @param labels the message of a key with its arguments, in the language of {@code locale} */
    NoticeWriter(Locale locale, BiFunction<String, Object[], String> labels) {
        this.chinese = "zh".equals(locale.getLanguage());
        this.labels = labels;
    }

    /** What every notice opens with: its kind, number and day, the procedure, its purchaser and agency. */
    NoticeWriter heading(Notice.Kind kind, String number, String reference, LocalDate publishedOn, String title,
            @Nullable String description, NoticeFacts.Names purchaser, NoticeFacts.@Nullable Names agency) {
        sentence("procurement.notice.kind." + kind.name());
        line("procurement.notice.number", number);
        line("procurement.notice.reference", reference);
        line("procurement.notice.published-on", publishedOn.toString());
        line("procurement.notice.title", title);
        if (description != null) {
            line("procurement.notice.description", description);
        }
        line("procurement.notice.purchaser", name(purchaser));
        if (agency != null) {
            line("procurement.notice.agency", name(agency));
        }
        return this;
    }

    /** A labelled value: "label: value". */
    NoticeWriter line(String key, String value) {
        text.append(label(key)).append(colon()).append(value).append('\n');
        return this;
    }

    /** A message of its own line. */
    NoticeWriter sentence(String key, Object... arguments) {
        text.append(label(key, arguments)).append('\n');
        return this;
    }

    /** A message of its own line, indented under the one before. */
    NoticeWriter indented(String key, Object... arguments) {
        text.append("  ").append(label(key, arguments)).append('\n');
        return this;
    }

    NoticeWriter append(String written) {
        text.append(written);
        return this;
    }

    NoticeWriter append(char written) {
        text.append(written);
        return this;
    }

    String label(String key, Object... arguments) {
        return labels.apply(key, arguments);
    }

    String name(NoticeFacts.Names names) {
        return chinese ? names.zh() : names.en();
    }

    boolean chinese() {
        return chinese;
    }

    /** Chinese text takes the full-width colon. */
    String colon() {
        return chinese ? "：" : ": ";
    }

    static String minute(Instant instant, ZoneId zone) {
        return MINUTE.format(instant.atZone(zone));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
