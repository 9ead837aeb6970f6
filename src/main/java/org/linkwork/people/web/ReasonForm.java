package org.linkwork.people.web;

/** A reason an administrator gives for an export or for lifting a restriction; the export also names its format. */
public class ReasonForm {

    private String reason;
    private String format;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
}
