package org.linkwork.people.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.linkwork.people.ContactMethod;
import org.linkwork.people.NhsNumber;
import org.linkwork.people.Person;
import org.linkwork.people.PersonDetails;
import org.linkwork.people.PersonId;
import org.linkwork.place.Location;
import org.linkwork.place.Place;
import org.linkwork.place.Places;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks what a user entered about a person, field by field, collecting every problem so a form can
 * show them all at once, and turns it into the record as it will be kept: text trimmed, blanks as
 * absent, the NHS number and postcode normalised, the postcode located to ward and LSOA.
 */
@Component
public class PersonChecks {

    static final int MAX_AGE = 120;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*");
    private static final Pattern UK_PHONE = Pattern.compile("(?:\\+44|0)[1-9]\\d{8,9}");
    private static final Pattern UK_MOBILE = Pattern.compile("(?:\\+44|0)7\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern ODS_PRACTICE = Pattern.compile("[A-Z]\\d{5}");

    private final Places places;
    private final Access access;

    PersonChecks(Places places, Access access) {
        this.places = places;
        this.access = access;
    }

    /**
     * The problems with these details, without keeping anything: for forms that have problems of
     * their own (a date that is not a date) and want to show all of them together.
     */
    public List<FieldProblem> problems(PersonDetails details) {
        try {
            check(PersonId.random(), 0, details);
            return List.of();
        } catch (InvalidInput e) {
            return e.problems();
        }
    }

    /**
     * @throws InvalidInput with every problem found
     */
    Person check(PersonId id, int version, PersonDetails details) {
        return check(id, version, details, Map.of());
    }

    /**
     * {@link #check(PersonId, int, PersonDetails)} with postcodes located beforehand, in one look-up
     * for many people ({@link Places#locateAll}); a postcode not among them is located now.
     *
     * @throws InvalidInput with every problem found
     */
    Person check(PersonId id, int version, PersonDetails details, Map<String, Location> located) {
        List<FieldProblem> problems = new ArrayList<>();

        String placeId = place(details.placeId(), problems);

        String given = name("givenName", "given name", details.name().given(), true, problems);
        String family = name("familyName", "family name", details.name().family(), true, problems);
        String preferred = name("preferredName", "preferred name", details.name().preferred(), false, problems);

        LocalDate birthDate = details.birthDate();
        LocalDate today = LocalDate.now(UK);
        if (birthDate == null) {
            problems.add(new FieldProblem("birthDate", "Enter their date of birth"));
        } else if (birthDate.isAfter(today)) {
            problems.add(new FieldProblem("birthDate", "Date of birth must be today or in the past"));
        } else if (birthDate.isBefore(today.minusYears(MAX_AGE + 1).plusDays(1))) {
            problems.add(new FieldProblem("birthDate",
                    "Check the date of birth: it would make them older than " + MAX_AGE));
        }

        Optional<NhsNumber> nhsNumber = Optional.empty();
        if (text(details.nhsNumber()) != null) {
            try {
                nhsNumber = Optional.of(NhsNumber.parse("nhsNumber", details.nhsNumber()));
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
        }

        Person.Address entered = details.address();
        String line1 = limited("addressLine1", "Address line 1", entered.line1(), 200, problems);
        String line2 = limited("addressLine2", "Address line 2", entered.line2(), 200, problems);
        String town = limited("town", "Town or city", entered.town(), 100, problems);
        String postcode = null;
        Person.Area area = Person.Area.UNKNOWN;
        if (text(entered.postcode()) != null) {
            try {
                Location location = located.containsKey(entered.postcode()) ? located.get(entered.postcode())
                        : places.locate("postcode", entered.postcode());
                postcode = location.postcode().toString();
                area = new Person.Area(location.wardCode(), location.lsoaCode());
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
        }

        Person.Contact contact = details.contact();
        String phone = phone("phone", contact.phone(), UK_PHONE,
                "Enter a UK phone number, like 01632 960 001 or +44 1632 960 001", problems);
        String mobile = phone("mobile", contact.mobile(), UK_MOBILE,
                "Enter a UK mobile number, like 07700 900 982 or +44 7700 900 982", problems);
        String email = limited("email", "Email address", contact.email(), 254, problems);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (contact.methods().contains(ContactMethod.TEXT) && text(contact.mobile()) == null) {
            problems.add(new FieldProblem("mobile", "Enter a mobile number to contact them by text message"));
        }
        if (contact.methods().contains(ContactMethod.EMAIL) && text(contact.email()) == null) {
            problems.add(new FieldProblem("email", "Enter an email address to contact them by email"));
        }
        if (contact.methods().contains(ContactMethod.PHONE) && text(contact.phone()) == null
                && text(contact.mobile()) == null) {
            problems.add(new FieldProblem("phone", "Enter a phone number to contact them by phone"));
        }
        if (contact.methods().contains(ContactMethod.LETTER)) {
            if (text(entered.line1()) == null) {
                problems.add(new FieldProblem("addressLine1", "Enter the first line of their address to contact them by letter"));
            }
            if (text(entered.postcode()) == null) {
                problems.add(new FieldProblem("postcode", "Enter their postcode to contact them by letter"));
            }
        }
        String times = limited("contactTimes", "When to contact them", contact.times(), 200, problems);

        Person.Demographics demographics = details.demographics();
        String gender = limited("gender", "Gender", demographics.gender(), 100, problems);
        String language = limited("mainLanguage", "Main language", demographics.mainLanguage(), 100, problems);
        String accessibleInformation = limited("accessibleInformationNeeds", "Accessible information needs",
                demographics.accessibleInformationNeeds(), 1000, problems);

        Optional<Person.GpPractice> gp = Optional.empty();
        if (details.gpPractice().isPresent()) {
            String code = text(details.gpPractice().get().odsCode());
            if (code != null) {
                code = code.toUpperCase(Locale.UK);
                if (!ODS_PRACTICE.matcher(code).matches()) {
                    problems.add(new FieldProblem("gpPracticeCode",
                            "GP practice code must be a letter followed by 5 numbers, like B84001"));
                }
            }
            String gpName = limited("gpPracticeName", "GP practice name", details.gpPractice().get().name(), 200,
                    problems);
            if (code != null || gpName != null) {
                gp = Optional.of(new Person.GpPractice(code, gpName));
            }
        }

        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Person(id, placeId, new Person.Name(given, family, preferred), birthDate, nhsNumber,
                new Person.Address(line1, line2, town, postcode), area,
                new Person.Contact(phone, mobile, email, contact.methods(), times),
                new Person.Demographics(demographics.sex(), gender, demographics.ethnicity(), language,
                        demographics.interpreterNeeded(), accessibleInformation),
                details.longTermConditions(), gp, version);
    }

    private String place(String entered, List<FieldProblem> problems) {
        List<String> served = places.places().stream().map(Place::id).toList();
        String placeId = text(entered);
        if (placeId == null) {
            placeId = access.placeId().orElse(served.size() == 1 ? served.getFirst() : null);
        }
        if (placeId == null) {
            problems.add(new FieldProblem("placeId", "Choose the place whose team will support them"));
        } else if (!served.contains(placeId)) {
            problems.add(new FieldProblem("placeId", "Choose a place this service covers"));
        }
        return placeId;
    }

    private static String name(String field, String label, String entered, boolean required,
            List<FieldProblem> problems) {
        String name = text(entered);
        if (name == null) {
            if (required) {
                problems.add(new FieldProblem(field, "Enter their " + label));
            }
            return null;
        }
        name = name.replaceAll("\\s+", " ");
        if (name.length() > 100) {
            problems.add(new FieldProblem(field, capitalised(label) + " must be 100 characters or fewer"));
        } else if (!NAME.matcher(name).matches()) {
            problems.add(new FieldProblem(field,
                    capitalised(label) + " must only include letters, spaces, hyphens and apostrophes"));
        }
        return name;
    }

    private static String phone(String field, String entered, Pattern pattern, String message,
            List<FieldProblem> problems) {
        String phone = text(entered);
        if (phone == null) {
            return null;
        }
        String digits = phone.replace("(0)", "").replaceAll("[\\s()-]", "");
        if (phone.length() > 30 || !pattern.matcher(digits).matches()) {
            problems.add(new FieldProblem(field, message));
        }
        return phone.replaceAll("\\s+", " ");
    }

    private static String limited(String field, String label, String entered, int max, List<FieldProblem> problems) {
        String value = text(entered);
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, label + " must be " + max + " characters or fewer"));
        }
        return value;
    }

    /** Trimmed text, or null when blank. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
