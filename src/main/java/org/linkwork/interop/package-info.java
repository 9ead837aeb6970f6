/**
 * Interoperability: a FHIR R4 facade over the other modules, at {@code /fhir}. Other systems send a
 * referral as a transaction Bundle (a Patient, a ServiceRequest and the person's Consent) and follow
 * what happened to it: the referral as a ServiceRequest, its onward referrals as Tasks in their task
 * states. It keeps nothing of its own: every referral is received, and every read checked and audited,
 * by module referrals exactly as through the JSON API. It must never write part of a bundle, and never
 * put what a request says about a person into a log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interop (FHIR R4)")
package org.linkwork.interop;
