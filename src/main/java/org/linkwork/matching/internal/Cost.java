package org.linkwork.matching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Service;

/**
 * What taking part costs, as far as the listing says: free, the cheapest price with its words ("£3 a
 * session"), or unknown.
 *
 * @param cheapest null when free or unknown
 */
record Cost(boolean free, BigDecimal cheapest, String words) {

    static final Cost UNKNOWN = new Cost(false, null, null);
    private static final Pattern POUNDS = Pattern.compile("£\\s?(\\d+(?:\\.\\d{1,2})?)");

    boolean known() {
        return free || cheapest != null;
    }

    static Cost of(Service service) {
        List<CostOption> options = service.costOptions();
        if (!options.isEmpty()) {
            if (service.isFree()) {
                return new Cost(true, null, "Free");
            }
            Optional<CostOption> cheapest = options.stream().filter(o -> o.amount() != null && o.amount().signum() > 0)
                    .min(Comparator.comparing(CostOption::amount));
            if (cheapest.isPresent()) {
                return new Cost(false, cheapest.get().amount(), words(cheapest.get()));
            }
        }
        return fromFees(service.fees());
    }

    private static Cost fromFees(String fees) {
        if (fees == null || fees.isBlank()) {
            return UNKNOWN;
        }
        String text = fees.strip();
        Matcher pounds = POUNDS.matcher(text);
        BigDecimal lowest = null;
        while (pounds.find()) {
            BigDecimal amount = new BigDecimal(pounds.group(1));
            lowest = lowest == null || amount.compareTo(lowest) < 0 ? amount : lowest;
        }
        if (lowest != null && lowest.signum() > 0) {
            return new Cost(false, lowest, text.length() > 60 ? pounds(lowest) : text);
        }
        return text.toLowerCase(Locale.UK).contains("free") ? new Cost(true, null, "Free") : UNKNOWN;
    }

    private static String words(CostOption option) {
        String unit = option.amountDescription();
        if (unit == null || unit.isBlank()) {
            unit = option.option() == null ? "" : option.option().toLowerCase(Locale.UK).replace("per ", "a ");
        }
        return (pounds(option.amount()) + " " + unit.strip()).strip();
    }

    static String pounds(BigDecimal amount) {
        BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
        return "£" + (amount.compareTo(whole) == 0 ? whole.toPlainString() : amount.setScale(2, RoundingMode.HALF_UP)
                .toPlainString());
    }
}
