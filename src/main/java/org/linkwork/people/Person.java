package org.linkwork.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A person's record.
 *
 * @param placeId   the place whose link-worker team serves them
 * @param nhsNumber optional: self-referrers may not know it
 * @param address   where they live, located to LSOA and ward when the postcode is known
 * @param version   for optimistic locking: a save with an older version is refused
 */
public record Person(PersonId id, String placeId, Name name, LocalDate birthDate, Optional<NhsNumber> nhsNumber,
        Address address, Contact contact, Demographics demographics, Set<LongTermCondition> longTermConditions,
        Optional<GpPractice> gpPractice, int version) {

    public Person {
        longTermConditions = Set.copyOf(longTermConditions);
    }

    public record Name(String given, String family, String preferred) {

        public String full() {
            return given + " " + family;
        }
    }

    /**
     * @param wardCode and {@code lsoaCode}: found from the postcode through module place
     */
    public record Address(String line1, String line2, String town, String postcode, Optional<String> wardCode,
            Optional<String> lsoaCode) {
    }

    /**
     * @param methods the ways they are happy to be contacted
     * @param times   when, in their words ("weekday mornings")
     */
    public record Contact(String phone, String mobile, String email, Set<ContactMethod> methods, String times) {

        public Contact {
            methods = Set.copyOf(methods);
        }
    }

    /**
     * @param accessibleInformationNeeds what they need to read or hear information (Accessible Information Standard)
     */
    public record Demographics(String sex, String gender, Optional<EthnicCategory> ethnicity, String mainLanguage,
            boolean interpreterNeeded, String accessibleInformationNeeds) {
    }

    public record GpPractice(String odsCode, String name) {
    }
}
