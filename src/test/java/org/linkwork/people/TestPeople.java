package org.linkwork.people;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fictional people for tests: NHS numbers from the range the NHS keeps for testing (999 000 0000 to
 * 999 999 9999) with valid check digits, and a date of birth of their own for each test, so that
 * tests sharing a database do not find each other's people as duplicates.
 */
public final class TestPeople {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 900_000));
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1940, 1, 1);
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 5_000));

    private TestPeople() {
    }

    /** A valid NHS number in the test range, different each time. */
    public static String nhsNumber() {
        while (true) {
            String first9 = "999" + String.format("%06d", NEXT.getAndIncrement() % 1_000_000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (first9.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return first9 + check;
            }
        }
    }

    /** A date of birth no other test person has. */
    public static LocalDate birthDate() {
        return FIRST_BIRTH_DATE.plusDays(NEXT_DAY.getAndAdd(3) % 20_000);
    }

    public static PersonDetails person(String given, String family, LocalDate birthDate, String nhsNumber,
            String postcode) {
        return PersonDetails.basic(given, family, birthDate, nhsNumber, postcode, "01632 960 001", null);
    }

    /** Details with every field given. */
    public static PersonDetails everything(String given, String family, LocalDate birthDate, String nhsNumber) {
        return new PersonDetails(null, new Person.Name(given, family, "Bea"), birthDate, nhsNumber,
                new Person.Address("12 Imaginary Row", "Flat 2", "Halifax", "hx1 1uj"),
                new Person.Contact("01632 960 001", "07700 900 982", "bea@example.com",
                        Set.of(ContactMethod.TEXT, ContactMethod.LETTER), "Weekday mornings"),
                new Person.Demographics(Optional.of(Sex.FEMALE), "Woman", Optional.of(EthnicCategory.Z), "Welsh",
                        true, "Large print"),
                Set.of(LongTermCondition.BACK_PAIN, LongTermCondition.DIABETES),
                Optional.of(new Person.GpPractice("b84001", "Imaginary Lane Surgery")));
    }
}
