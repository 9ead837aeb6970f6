/**
 * Personalised care and support: the "what matters to me" conversation (in the person's words, with the
 * barriers in their way), and the plan that follows from it (goals with a 0-10 measure of progress, actions
 * linked to directory services or onward referrals, MSK health, what to do if things get worse, review
 * dates). Every version of a plan is kept: an agreed version never changes, and a review is a new version.
 * The person gets their plan as a printable page and a PDF, and, with their consent, through a link that
 * needs no account.
 *
 * <p>Arrows: careplans uses people (names, consent), referrals (the referral a plan belongs to, onward
 * referrals made from an action, allocation and discharge events), directory (service names), matching
 * (suggestions from what the person said matters) and identity (audit, users). Nothing points back: the caseload page of module referrals loads the review
 * list from this module's own fragment ({@code /care-plans/reviews/summary}) with htmx, and module
 * notifications listens to {@link org.linkwork.careplans.PlanReviewDue}.
 *
 * <p>It must never show a plan to anyone but the link workers of the person's place and administrators
 * (and the person, through a link they agreed to), never log a person's words, and never change an
 * agreed version.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care plans")
package org.linkwork.careplans;
