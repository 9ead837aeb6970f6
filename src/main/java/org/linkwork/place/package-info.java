/**
 * Geography: the places a deployment serves, their wards and LSOAs with deprivation and
 * population, and finding where a postcode is, exactly once the ONS Postcode Directory is imported.
 * Reference data only; it must never hold anything about a person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Place")
package org.linkwork.place;
