package org.linkwork.people.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.linkwork.people.ContactMethod;
import org.linkwork.people.EthnicCategory;
import org.linkwork.people.LongTermCondition;
import org.linkwork.people.Person;
import org.linkwork.people.PersonDetails;
import org.linkwork.people.Sex;
import org.linkwork.platform.InvalidInput.FieldProblem;

/**
 * The edit form of a person's record, as text fields named like {@link PersonDetails#FIELDS}, with the
 * date of birth in three parts as the NHS.UK date input asks, and the version the edit started from.
 */
public class PersonForm {

    private String placeId;
    private String givenName;
    private String familyName;
    private String preferredName;
    private String birthDateDay;
    private String birthDateMonth;
    private String birthDateYear;
    private String nhsNumber;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String phone;
    private String mobile;
    private String email;
    private List<String> contactMethods = new ArrayList<>();
    private String contactTimes;
    private String sex;
    private String gender;
    private String ethnicity;
    private String mainLanguage;
    private boolean interpreterNeeded;
    private String accessibleInformationNeeds;
    private List<String> longTermConditions = new ArrayList<>();
    private String gpPracticeCode;
    private String gpPracticeName;
    private int version;
    private String reason;

    static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.placeId = person.placeId();
        form.givenName = person.name().given();
        form.familyName = person.name().family();
        form.preferredName = person.name().preferred();
        form.birthDateDay = String.valueOf(person.birthDate().getDayOfMonth());
        form.birthDateMonth = String.valueOf(person.birthDate().getMonthValue());
        form.birthDateYear = String.valueOf(person.birthDate().getYear());
        form.nhsNumber = person.nhsNumber().map(n -> n.formatted()).orElse(null);
        form.addressLine1 = person.address().line1();
        form.addressLine2 = person.address().line2();
        form.town = person.address().town();
        form.postcode = person.address().postcode();
        form.phone = person.contact().phone();
        form.mobile = person.contact().mobile();
        form.email = person.contact().email();
        form.contactMethods = new ArrayList<>(person.contact().methods().stream().map(Enum::name).sorted().toList());
        form.contactTimes = person.contact().times();
        form.sex = person.demographics().sex().map(Enum::name).orElse(null);
        form.gender = person.demographics().gender();
        form.ethnicity = person.demographics().ethnicity().map(Enum::name).orElse(null);
        form.mainLanguage = person.demographics().mainLanguage();
        form.interpreterNeeded = person.demographics().interpreterNeeded();
        form.accessibleInformationNeeds = person.demographics().accessibleInformationNeeds();
        form.longTermConditions = new ArrayList<>(person.longTermConditions().stream().map(Enum::name).sorted().toList());
        form.gpPracticeCode = person.gpPractice().map(Person.GpPractice::odsCode).orElse(null);
        form.gpPracticeName = person.gpPractice().map(Person.GpPractice::name).orElse(null);
        form.version = person.version();
        return form;
    }

    /**
     * The details entered. What cannot be read at all (a date that is no date, a choice that was
     * never offered) is left out and reported in {@code problems}.
     */
    PersonDetails details(List<FieldProblem> problems) {
        return new PersonDetails(placeId, new Person.Name(givenName, familyName, preferredName), birthDate(problems),
                nhsNumber, new Person.Address(addressLine1, addressLine2, town, postcode),
                new Person.Contact(phone, mobile, email,
                        choices(contactMethods, ContactMethod.class, ContactMethod::valueOf, "contactMethods", problems),
                        contactTimes),
                new Person.Demographics(choice(sex, Sex::valueOf, "sex", "Choose their sex from the list", problems),
                        gender,
                        choice(ethnicity, EthnicCategory::valueOf, "ethnicity", "Choose an ethnic group from the list",
                                problems),
                        mainLanguage, interpreterNeeded, accessibleInformationNeeds),
                choices(longTermConditions, LongTermCondition.class, LongTermCondition::valueOf, "longTermConditions",
                        problems),
                Optional.of(new Person.GpPractice(gpPracticeCode, gpPracticeName)));
    }

    private LocalDate birthDate(List<FieldProblem> problems) {
        boolean blank = isBlank(birthDateDay) && isBlank(birthDateMonth) && isBlank(birthDateYear);
        if (blank) {
            return null;
        }
        try {
            int year = Integer.parseInt(birthDateYear.strip());
            if (year < 1000) {
                problems.add(new FieldProblem("birthDate", "Year must include 4 numbers"));
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(birthDateMonth.strip()), Integer.parseInt(birthDateDay.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            problems.add(new FieldProblem("birthDate", "Date of birth must be a real date, like 15 3 1984"));
            return null;
        }
    }

    private static <E> Optional<E> choice(String value, Function<String, E> valueOf, String field, String message,
            List<FieldProblem> problems) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf.apply(value));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, message));
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Set<E> choices(List<String> values, Class<E> type, Function<String, E> valueOf,
            String field, List<FieldProblem> problems) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            try {
                chosen.add(valueOf.apply(value));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "Choose only from the options listed"));
            }
        }
        return chosen;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The date of birth as one value, so that errors can be bound to the field "birthDate". */
    public String getBirthDate() {
        return String.join("/", String.valueOf(birthDateDay), String.valueOf(birthDateMonth),
                String.valueOf(birthDateYear));
    }

    public String getPlaceId() { return placeId; }
    public void setPlaceId(String placeId) { this.placeId = placeId; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getPreferredName() { return preferredName; }
    public void setPreferredName(String preferredName) { this.preferredName = preferredName; }
    public String getBirthDateDay() { return birthDateDay; }
    public void setBirthDateDay(String birthDateDay) { this.birthDateDay = birthDateDay; }
    public String getBirthDateMonth() { return birthDateMonth; }
    public void setBirthDateMonth(String birthDateMonth) { this.birthDateMonth = birthDateMonth; }
    public String getBirthDateYear() { return birthDateYear; }
    public void setBirthDateYear(String birthDateYear) { this.birthDateYear = birthDateYear; }
    public String getNhsNumber() { return nhsNumber; }
    public void setNhsNumber(String nhsNumber) { this.nhsNumber = nhsNumber; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String addressLine2) { this.addressLine2 = addressLine2; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<String> getContactMethods() { return contactMethods; }
    public void setContactMethods(List<String> contactMethods) { this.contactMethods = contactMethods; }
    public String getContactTimes() { return contactTimes; }
    public void setContactTimes(String contactTimes) { this.contactTimes = contactTimes; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getMainLanguage() { return mainLanguage; }
    public void setMainLanguage(String mainLanguage) { this.mainLanguage = mainLanguage; }
    public boolean isInterpreterNeeded() { return interpreterNeeded; }
    public void setInterpreterNeeded(boolean interpreterNeeded) { this.interpreterNeeded = interpreterNeeded; }
    public String getAccessibleInformationNeeds() { return accessibleInformationNeeds; }
    public void setAccessibleInformationNeeds(String accessibleInformationNeeds) { this.accessibleInformationNeeds = accessibleInformationNeeds; }
    public List<String> getLongTermConditions() { return longTermConditions; }
    public void setLongTermConditions(List<String> longTermConditions) { this.longTermConditions = longTermConditions; }
    public String getGpPracticeCode() { return gpPracticeCode; }
    public void setGpPracticeCode(String gpPracticeCode) { this.gpPracticeCode = gpPracticeCode; }
    public String getGpPracticeName() { return gpPracticeName; }
    public void setGpPracticeName(String gpPracticeName) { this.gpPracticeName = gpPracticeName; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
