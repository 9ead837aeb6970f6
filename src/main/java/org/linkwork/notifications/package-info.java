/**
 * Notifications: telling staff, in the app and by email, that a referral needs them or changed. It
 * listens to module referrals' events and finds whom to tell through identity. An email never carries
 * personal data, only a line and a link into Linkwork, where the reader's access rules apply; in-app
 * messages name a service at most, never a person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.linkwork.notifications;
