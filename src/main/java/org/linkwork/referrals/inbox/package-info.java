/**
 * The provider inbox of module referrals: a community organisation's onward referrals, answered
 * through {@link org.linkwork.referrals.Referrals#changeStatus}, the sessions people came to, and the
 * capacity of its services (kept by the directory). It must never show a provider another
 * organisation's referral, nor more of a person than they agreed to share with the organisation.
 */
package org.linkwork.referrals.inbox;
