/**
 * Outcomes: the validated measures people answer before and after support (ONS4 personal wellbeing,
 * SWEMWBS, MSK-HQ and the like). So far it keeps questionnaire definitions — FHIR R4 Questionnaires with a
 * Linkwork scoring rule, imported by administrators and immutable once stored (a change is a new version) —
 * and scores answers against them. It must never ship the wording of a licensed instrument (a deployment
 * imports its own licensed copy), and never change a stored definition in place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.linkwork.outcomes;
