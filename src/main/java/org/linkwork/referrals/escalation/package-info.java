/**
 * Closing the loop with community organisations: onward referrals left unanswered for too many working
 * days are escalated, once each, and each service's reply time and acceptance rate are shown to link
 * workers, never from fewer than five answered referrals.
 */
package org.linkwork.referrals.escalation;
