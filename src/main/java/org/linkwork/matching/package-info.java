/**
 * Suggestions: directory services that fit what matters to a person, best first, each with the reasons it
 * fits and what might not. What people say is read through an explicit concept vocabulary that
 * administrators keep; hard constraints (age, access, language, days, distance, cost) are filters, soft
 * ones (distance, capacity, freshness, reply rate) weigh. It is stateless about people: it must never store
 * what it was told about a person. It reads module referrals' public {@code ServiceResponsiveness}, read
 * only, because how a service answers referrals is known there and nowhere else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.linkwork.matching;
