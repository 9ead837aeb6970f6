/**
 * Who is using Linkwork and what they may do: user accounts, roles, the place and organisation a
 * user belongs to, sign-in, and the audit log that every module writes to when a person's record
 * is read or changed. It must never store a password other than as a one-way hash.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.linkwork.identity;
