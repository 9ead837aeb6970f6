/**
 * The directory's Open Referral UK adapter: the public ORUK 3.0 API under {@code /oruk/v3}, and
 * importing ORUK 3.0 and 1.0 JSON into the directory (over the JSON API, on the admin pages and
 * from the command line). It reads the directory's tables for listing and filtering, but writes
 * only through {@link org.linkwork.directory.Directory}, so every import is validated and logged
 * like any other change.
 */
package org.linkwork.directory.oruk;
