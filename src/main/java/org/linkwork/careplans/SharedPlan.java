package org.linkwork.careplans;

import java.time.LocalDate;

/**
 * A plan as the person sees it through a share link: the agreed version only, with the name they go by.
 *
 * @param name the person's name (their preferred name when they gave one)
 */
public record SharedPlan(CarePlan plan, PlanVersion agreed, String name, LocalDate birthDate) {
}
