package org.linkwork.people.web;

/**
 * A consent decision as the record page's form sends it.
 */
public class ConsentForm {

    private String scope;
    private String organisationId;
    private String organisationName;
    /** "given" or "withdrawn". */
    private String decision;
    private String note;

    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
