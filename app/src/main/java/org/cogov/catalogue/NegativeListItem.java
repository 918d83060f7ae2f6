package org.cogov.catalogue;

import java.util.List;
import java.util.Locale;

import org.cogov.shared.Domain;

/**
 * One of the six items of MoF Order No. 102 Art. 10: what may never be purchased, with its legal basis.
 * The keywords only hint that a request's description may fall under it.
 */
@Domain
public record NegativeListItem(int number, String textZh, String textEn, String legalBasisZh, String legalBasisEn,
        List<String> keywords, int version) {

    public static final int OUTSIDE_DUTIES = 1;
    public static final int CORE_FUNCTION = 2;
    public static final int GOODS_AND_WORKS = 3;
    public static final int FINANCING = 4;
    public static final int OWN_STAFF = 5;
    public static final int EXCLUDED_BY_LAW = 6;
    public static final int LAST = 6;

    public NegativeListItem {
        if (number < 1 || number > LAST) {
            throw new IllegalArgumentException("no negative-list item " + number);
        }
        if (textZh.isBlank() || textEn.isBlank() || legalBasisZh.isBlank() || legalBasisEn.isBlank()) {
            throw new IllegalArgumentException("a negative-list item needs its text and legal basis in both languages");
        }
        keywords = List.copyOf(keywords);
    }

    public String text(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? textZh : textEn;
    }

    public String legalBasis(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? legalBasisZh : legalBasisEn;
    }
}
