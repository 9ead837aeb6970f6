package org.linkwork.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What a service costs (ORUK 3.0 {@code cost_option}); an amount of zero, or none at all with the
 * option "Free", means free.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CostOption(String id, LocalDate validFrom, LocalDate validTo, String option, BigDecimal amount,
        String amountDescription) {

    public boolean isFree() {
        return (amount == null || amount.signum() == 0)
                && (option == null || option.toLowerCase().contains("free"));
    }
}
