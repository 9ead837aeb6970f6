/**
 * Notifications: telling staff, in the app and by email, that a referral needs them or changed, or
 * that a care plan review is near or overdue. It listens to module referrals' and careplans' events
 * and finds whom to tell through identity. An email never carries personal data, only a line and a
 * link into Linkwork, where the reader's access rules apply; in-app messages name a service or a date
 * at most, never a person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.linkwork.notifications;
