/**
 * What every module stands on: the database (embedded PostgreSQL by default), demo mode, the
 * problem+json conventions of the JSON API, and how enums are known by codes outside the code
 * ({@link org.linkwork.platform.Coded}). It holds no domain data and must never depend on a domain
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.linkwork.platform;
