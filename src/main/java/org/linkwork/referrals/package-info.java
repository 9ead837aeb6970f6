/**
 * Referrals and the closed loop: intake from referrers, the public and other systems; triage,
 * allocation and the link worker's caseload; onward referrals to community services, whose status
 * every party who should can see. Onward referrals follow the HL7 SDOH Clinical Care task states.
 * A provider must never see more of a person than the person agreed to share with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.linkwork.referrals;
