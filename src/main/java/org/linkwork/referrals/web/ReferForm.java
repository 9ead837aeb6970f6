package org.linkwork.referrals.web;

import java.util.ArrayList;
import java.util.List;
import org.linkwork.people.PersonDetails;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.referrals.NewReferral;
import org.linkwork.referrals.Source;
import org.linkwork.referrals.Urgency;

/**
 * The referral form of referrers, and (with fewer fields) the public self-referral form: the person's
 * details, the reason, what matters, needs, urgency and consent. {@code website} is a honeypot that
 * people never see and robots fill in.
 */
public class ReferForm {

    private String givenName;
    private String familyName;
    private String birthDateDay;
    private String birthDateMonth;
    private String birthDateYear;
    private String nhsNumber;
    private String postcode;
    private String phone;
    private String email;
    private String source;
    private String reason;
    private String whatMatters;
    private List<String> needs = new ArrayList<>();
    private String urgency;
    private boolean consent;
    private String website;

    NewReferral toNewReferral(NewReferral.Door door, List<FieldProblem> problems) {
        PersonDetails person = PersonDetails.basic(givenName, familyName,
                DateParts.parse(birthDateDay, birthDateMonth, birthDateYear, "birthDate", "Date of birth", problems),
                nhsNumber, postcode, phone, email);
        Source parsedSource = door == NewReferral.Door.SELF_REFERRAL ? Source.SELF
                : Source.fromCode(source).orElse(null);
        Urgency parsedUrgency = door == NewReferral.Door.SELF_REFERRAL ? Urgency.ROUTINE
                : Urgency.fromCode(urgency).orElse(null);
        return new NewReferral(person, parsedSource, reason, whatMatters, needs, parsedUrgency, consent, door);
    }

    /** The form's field for a problem the module named: "person.birthDate" is the form's "birthDate". */
    static FieldProblem onForm(FieldProblem problem) {
        String field = problem.field().startsWith("person.") ? problem.field().substring("person.".length()) : problem.field();
        return new FieldProblem(field.equals("placeId") ? "postcode" : field, problem.message());
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getBirthDateDay() { return birthDateDay; }
    public void setBirthDateDay(String birthDateDay) { this.birthDateDay = birthDateDay; }
    public String getBirthDateMonth() { return birthDateMonth; }
    public void setBirthDateMonth(String birthDateMonth) { this.birthDateMonth = birthDateMonth; }
    public String getBirthDateYear() { return birthDateYear; }
    public void setBirthDateYear(String birthDateYear) { this.birthDateYear = birthDateYear; }
    /** Not a property of its own: problems with the date of birth are shown on the date input. */
    public String getBirthDate() { return null; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String nhsNumber) { this.nhsNumber = nhsNumber; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getWhatMatters() { return whatMatters; }
    public void setWhatMatters(String whatMatters) { this.whatMatters = whatMatters; }
    public List<String> getNeeds() { return needs; }
    public void setNeeds(List<String> needs) { this.needs = needs == null ? new ArrayList<>() : needs; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
