/**
 * What every module stands on: the database (embedded PostgreSQL by default), demo mode, and the
 * problem+json conventions of the JSON API. It holds no domain data and must never depend on a
 * domain module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.linkwork.platform;
