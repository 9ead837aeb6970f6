/**
 * People who are referred or refer themselves: their record, NHS number, demographics, contact
 * preferences and consent. Every read of a person's record is audited; nothing here is ever
 * shown to a role that may not see people (commissioners see aggregates only, via insights).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.linkwork.people;
