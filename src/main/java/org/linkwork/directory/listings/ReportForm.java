package org.linkwork.directory.listings;

/**
 * The public "report a problem" form. {@code website} is a honeypot: hidden from people, filled in
 * only by robots.
 */
public class ReportForm {

    private String kind;
    private String description;
    private String email;
    private String website;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
