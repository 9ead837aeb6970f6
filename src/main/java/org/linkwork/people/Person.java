package org.linkwork.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A person's record, as read through {@link People#read} (audited).
 *
 * @param placeId   the place whose link-worker team serves them
 * @param nhsNumber optional: self-referrers may not know it
 * @param address   where they live, as entered (postcode normalised)
 * @param area      the ward and LSOA of their postcode, found through module place
 * @param version   for optimistic locking: pass it back to {@link People#update}; a save from an older version is refused
 */
public record Person(PersonId id, String placeId, Name name, LocalDate birthDate, Optional<NhsNumber> nhsNumber,
        Address address, Area area, Contact contact, Demographics demographics,
        Set<LongTermCondition> longTermConditions, Optional<GpPractice> gpPractice, int version) {

    public Person {
        longTermConditions = Set.copyOf(longTermConditions);
    }

    /** The record as details to edit and pass back to {@link People#update}. */
    public PersonDetails details() {
        return new PersonDetails(placeId, name, birthDate, nhsNumber.map(NhsNumber::value).orElse(null), address,
                contact, demographics, longTermConditions, gpPractice);
    }

    /**
     * @param preferred what they like to be called, when not their given name
     */
    public record Name(String given, String family, String preferred) {

        public String full() {
            return given + " " + family;
        }
    }

    /**
     * @param postcode normalised ("HX1 1UJ"), or a postcode district alone ("HX1") when that is all that is known
     */
    public record Address(String line1, String line2, String town, String postcode) {

        public static final Address NONE = new Address(null, null, null, null);
    }

    /**
     * Where the postcode lies. The LSOA is known only for postcodes in the imported postcode table; a
     * postcode district alone gives the ward that stands for the district.
     */
    public record Area(Optional<String> wardCode, Optional<String> lsoaCode) {

        public static final Area UNKNOWN = new Area(Optional.empty(), Optional.empty());
    }

    /**
     * @param methods the ways they are happy to be contacted
     * @param times   when, in their words ("weekday mornings")
     */
    public record Contact(String phone, String mobile, String email, Set<ContactMethod> methods, String times) {

        public static final Contact NONE = new Contact(null, null, null, Set.of(), null);

        public Contact {
            methods = methods == null ? Set.of() : Set.copyOf(methods);
        }
    }

    /**
     * @param gender                     how they describe their gender, in their words
     * @param accessibleInformationNeeds what they need to read or hear information (Accessible Information Standard)
     */
    public record Demographics(Optional<Sex> sex, String gender, Optional<EthnicCategory> ethnicity,
            String mainLanguage, boolean interpreterNeeded, String accessibleInformationNeeds) {

        public static final Demographics NONE = new Demographics(Optional.empty(), null, Optional.empty(), null,
                false, null);

        public Demographics {
            sex = sex == null ? Optional.empty() : sex;
            ethnicity = ethnicity == null ? Optional.empty() : ethnicity;
        }
    }

    /**
     * @param odsCode the practice's ODS code ("B84001"), when known
     */
    public record GpPractice(String odsCode, String name) {
    }
}
