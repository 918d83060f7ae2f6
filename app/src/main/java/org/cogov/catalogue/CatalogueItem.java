package org.cogov.catalogue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cogov.shared.Domain;
import org.jspecify.annotations.Nullable;

/**
 * An item of the guidance catalogue. Its code is two digits per level, so that the first two digits
 * name the top-level category and the parent is the code without its last two digits. An item is
 * never deleted, only closed with a last day in force: a purchase made under it must still name it.
 *
 * @param excludedAs   the negative-list item this entry falls under, when a catalogue lists an
 *                     entry only to mark it excluded; null for a purchasable item
 * @param effectiveTo  the last day in force, or null while open-ended
 */
@Domain
public record CatalogueItem(String code, String nameZh, String nameEn, @Nullable String description,
        @Nullable Integer excludedAs, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, int version) {

    public static final int MAX_LEVEL = 4;
    private static final Pattern CODE = Pattern.compile("(?:[0-9]{2}){1," + MAX_LEVEL + "}");

    public CatalogueItem {
        if (!isCode(code)) {
            throw new IllegalArgumentException("not a catalogue code: " + code);
        }
        if (nameZh.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("a catalogue item needs a Chinese and an English name");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("an item cannot end before it starts");
        }
        if (excludedAs != null && (excludedAs < 1 || excludedAs > NegativeListItem.LAST)) {
            throw new IllegalArgumentException("no negative-list item " + excludedAs);
        }
    }

    public static boolean isCode(@Nullable String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The code of the category above, or none for a top-level category. */
    public static Optional<String> parentOf(String code) {
        return code.length() <= 2 ? Optional.empty() : Optional.of(code.substring(0, code.length() - 2));
    }

    public Optional<String> parentCode() {
        return parentOf(code);
    }

    public int level() {
        return code.length() / 2;
    }

    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public boolean isUnder(String ancestor) {
        return code.length() > ancestor.length() && code.startsWith(ancestor);
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
