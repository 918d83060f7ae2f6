package org.cogov.contracting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cogov.shared.Domain;
import org.cogov.shared.RuleViolation;

/**
 * The indicators a contract's performance will be evaluated against (RULES.md "Performance evaluation"), fixed before
 * signature: first-level groups whose weights add up to 100 points, each group's indicators adding up to its weight, so
 * that a perfect delivery scores exactly 100. Each group appears once; every group has an indicator.
 */
@Domain
public record IndicatorSet(List<IndicatorGroup> groups) {

    public static final int MAX_INDICATORS_PER_GROUP = 12;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public IndicatorSet {
        groups = List.copyOf(groups);
    }

    /** Every reason the rules refuse the set, each naming its field; none when it stands. */
    public List<RuleViolation> violations() {
        List<RuleViolation> refused = new ArrayList<>();
        if (groups.isEmpty()) {
            refused.add(RuleViolation.refused("contracting.indicators.empty", "groups"));
            return refused;
        }
        Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
        BigDecimal total = BigDecimal.ZERO;
        for (int g = 0; g < groups.size(); g++) {
            IndicatorGroup group = groups.get(g);
            String field = "groups[" + g + "]";
            if (!seen.add(group.dimension())) {
                refused.add(RuleViolation.refused("contracting.indicators.group-twice", field + ".dimension"));
            }
            if (!weight(group.weight())) {
                refused.add(RuleViolation.refused("contracting.indicators.weight", field + ".weight"));
                continue;
            }
            total = total.add(group.weight());
            if (group.indicators().isEmpty() || group.indicators().size() > MAX_INDICATORS_PER_GROUP) {
                refused.add(RuleViolation.refused("contracting.indicators.count", field + ".indicators",
                        Integer.toString(MAX_INDICATORS_PER_GROUP)));
                continue;
            }
            BigDecimal within = BigDecimal.ZERO;
            boolean weighed = true;
            for (int i = 0; i < group.indicators().size(); i++) {
                Indicator indicator = group.indicators().get(i);
                String at = field + ".indicators[" + i + "]";
                if (indicator.nameZh().isBlank() || indicator.nameZh().length() > Indicator.NAME_MAX
                        || indicator.nameEn().length() > Indicator.NAME_MAX) {
                    refused.add(RuleViolation.refused("contracting.indicators.name", at + ".nameZh", Integer.toString(Indicator.NAME_MAX)));
                }
                if (indicator.target().isBlank() || indicator.target().length() > Indicator.TARGET_MAX) {
                    refused.add(RuleViolation.refused("contracting.indicators.target", at + ".target",
                            Integer.toString(Indicator.TARGET_MAX)));
                }
                if (!weight(indicator.weight())) {
                    refused.add(RuleViolation.refused("contracting.indicators.weight", at + ".weight"));
                    weighed = false;
                } else {
                    within = within.add(indicator.weight());
                }
            }
            if (weighed && within.compareTo(group.weight()) != 0) {
                refused.add(RuleViolation.refused("contracting.indicators.group-sum", field + ".indicators",
                        plain(within), plain(group.weight())));
            }
        }
        if (refused.isEmpty() && total.compareTo(HUNDRED) != 0) {
            refused.add(RuleViolation.refused("contracting.indicators.groups-sum", "groups", plain(total)));
        }
        return refused;
    }

    /** A weight is positive, at most 100, to the hundredth. */
    private static boolean weight(BigDecimal weight) {
        return weight.signum() > 0 && weight.compareTo(HUNDRED) <= 0 && weight.stripTrailingZeros().scale() <= 2;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
