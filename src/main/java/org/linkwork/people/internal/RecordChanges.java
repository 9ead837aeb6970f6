package org.linkwork.people.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.linkwork.people.Person;

/** Which fields of a person's record a change touched, by the names of {@link org.linkwork.people.PersonDetails#FIELDS}. */
final class RecordChanges {

    private RecordChanges() {
    }

    static List<String> between(Person before, Person after) {
        Map<String, Object> a = fields(before);
        Map<String, Object> b = fields(after);
        return a.keySet().stream().filter(field -> !Objects.equals(a.get(field), b.get(field))).toList();
    }

    private static Map<String, Object> fields(Person p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("placeId", p.placeId());
        f.put("givenName", p.name().given());
        f.put("familyName", p.name().family());
        f.put("preferredName", p.name().preferred());
        f.put("birthDate", p.birthDate());
        f.put("nhsNumber", p.nhsNumber());
        f.put("addressLine1", p.address().line1());
        f.put("addressLine2", p.address().line2());
        f.put("town", p.address().town());
        f.put("postcode", p.address().postcode());
        f.put("phone", p.contact().phone());
        f.put("mobile", p.contact().mobile());
        f.put("email", p.contact().email());
        f.put("contactMethods", p.contact().methods());
        f.put("contactTimes", p.contact().times());
        f.put("sex", p.demographics().sex());
        f.put("gender", p.demographics().gender());
        f.put("ethnicity", p.demographics().ethnicity());
        f.put("mainLanguage", p.demographics().mainLanguage());
        f.put("interpreterNeeded", p.demographics().interpreterNeeded());
        f.put("accessibleInformationNeeds", p.demographics().accessibleInformationNeeds());
        f.put("longTermConditions", p.longTermConditions());
        f.put("gpPractice", p.gpPractice());
        return f;
    }
}
