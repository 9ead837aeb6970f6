/**
 * The community directory: organisations, their services and where and when they run, described
 * after Open Referral UK 3.0, with the needs taxonomy, search, freshness and duplicate checks. It
 * holds no personal data about the people who use services and must never call another domain
 * module except identity and place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.linkwork.directory;
