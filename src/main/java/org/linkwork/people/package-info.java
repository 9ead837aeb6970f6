/**
 * People who are referred or refer themselves: their record (NHS number, address located to ward and
 * LSOA, contact preferences, demographics, long-term conditions, GP practice), possible duplicates and
 * their merging, and what each person agreed to. Every read of a person's record is written to the
 * audit log with its reason. It must never show a person to a role that may not see people
 * (commissioners see aggregates only, through insights), never log a name or an NHS number, and
 * never overwrite a record that someone else saved since it was read. It also answers for data protection:
 * subject access, rectification, erasure and restriction, and the retention rules, across every module
 * that implements {@link org.linkwork.people.PersonalDataSource}, without depending on any of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.linkwork.people;
