package org.linkwork.people;

import java.time.LocalDate;
import java.util.Set;

/**
 * What is known about a person when they are first referred: often only a name, a date of birth,
 * a postcode and a way to reach them. Text fields are as entered; {@link People#register} checks
 * and normalises them (NHS number check digit, postcode) and refuses bad input field by field.
 */
public record NewPerson(String placeId, String givenName, String familyName, String preferredName, LocalDate birthDate,
        String nhsNumber, String addressLine1, String addressLine2, String town, String postcode, String phone,
        String mobile, String email, Set<ContactMethod> contactMethods, String contactTimes, String sex, String gender,
        EthnicCategory ethnicity, String mainLanguage, boolean interpreterNeeded, String accessibleInformationNeeds,
        Set<LongTermCondition> longTermConditions, String gpPracticeCode, String gpPracticeName) {

    public NewPerson {
        contactMethods = contactMethods == null ? Set.of() : Set.copyOf(contactMethods);
        longTermConditions = longTermConditions == null ? Set.of() : Set.copyOf(longTermConditions);
    }

    /** The least a referral form gives. */
    public static NewPerson basic(String placeId, String givenName, String familyName, LocalDate birthDate,
            String nhsNumber, String postcode, String phone, String email) {
        return new NewPerson(placeId, givenName, familyName, null, birthDate, nhsNumber, null, null, null, postcode,
                phone, null, email, Set.of(), null, null, null, null, null, false, null, Set.of(), null, null);
    }
}
