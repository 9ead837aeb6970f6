package org.linkwork.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What a user enters about a person, to register them or to change their record. Text is as typed;
 * {@link People#register} and {@link People#update} check every field, normalise what they keep (NHS
 * number, postcode) and refuse bad input naming each field at fault, so one type serves intake forms,
 * the link worker's edit form and other systems alike.
 *
 * <p>Blank text counts as not given. The names of the fields in {@link org.linkwork.platform.InvalidInput}
 * are those of {@link #FIELDS}.
 *
 * @param placeId   the place whose link-worker team serves them; blank for the signed-in user's place,
 *                  or the only place this deployment serves
 * @param nhsNumber optional, because self-referrers may not know it; "943 476 5919" and "9434765919" are both read
 * @param address   the postcode is located to ward and LSOA through module place; optional, but when given it
 *                  must be a real postcode in a place served
 */
public record PersonDetails(String placeId, Person.Name name, LocalDate birthDate, String nhsNumber,
        Person.Address address, Person.Contact contact, Person.Demographics demographics,
        Set<LongTermCondition> longTermConditions, Optional<Person.GpPractice> gpPractice) {

    /** The field names used in problems, in the order a form shows them. */
    public static final java.util.List<String> FIELDS = java.util.List.of("placeId", "givenName", "familyName",
            "preferredName", "birthDate", "nhsNumber", "addressLine1", "addressLine2", "town", "postcode", "phone",
            "mobile", "email", "contactMethods", "contactTimes", "sex", "gender", "ethnicity", "mainLanguage",
            "accessibleInformationNeeds", "longTermConditions", "gpPracticeCode", "gpPracticeName");

    public PersonDetails {
        name = name == null ? new Person.Name(null, null, null) : name;
        address = address == null ? Person.Address.NONE : address;
        contact = contact == null ? Person.Contact.NONE : contact;
        demographics = demographics == null ? Person.Demographics.NONE : demographics;
        longTermConditions = longTermConditions == null ? Set.of() : Set.copyOf(longTermConditions);
        gpPractice = gpPractice == null ? Optional.empty() : gpPractice;
    }

    /** The least a referral form gives: a name, a date of birth, perhaps an NHS number, a postcode and a way to reach them. */
    public static PersonDetails basic(String givenName, String familyName, LocalDate birthDate, String nhsNumber,
            String postcode, String phone, String email) {
        return new PersonDetails(null, new Person.Name(givenName, familyName, null), birthDate, nhsNumber,
                new Person.Address(null, null, null, postcode), new Person.Contact(phone, null, email, Set.of(), null),
                null, Set.of(), Optional.empty());
    }

    public PersonDetails withPlaceId(String placeId) {
        return new PersonDetails(placeId, name, birthDate, nhsNumber, address, contact, demographics,
                longTermConditions, gpPractice);
    }
}
