package org.linkwork.people;

import com.fasterxml.jackson.annotation.JsonValue;
import org.linkwork.platform.InvalidInput;

/**
 * A valid NHS number: ten digits whose last is the Modulus 11 check digit of the first nine.
 *
 * @param value the ten digits, without spaces
 */
public record NhsNumber(@JsonValue String value) {

    public NhsNumber {
        if (value == null || !value.matches("\\d{10}")) {
            throw new IllegalArgumentException("An NHS number has ten digits");
        }
    }

    /**
     * Reads an NHS number as people write it ("943 476 5919", "943-476-5919").
     *
     * @throws InvalidInput when it is not ten digits, its check digit is wrong, or all its digits are the same
     */
    public static NhsNumber parse(String field, String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            throw new InvalidInput(field, "NHS number must be 10 digits, like 943 476 5919");
        }
        if (digits.chars().distinct().count() == 1) {
            // The message does not repeat what was typed: problems may be logged, NHS numbers must not be.
            throw new InvalidInput(field, "Enter a real NHS number: one made of the same digit repeated is not one");
        }
        if (checkDigit(digits) != digits.charAt(9) - '0') {
            throw new InvalidInput(field, "This is not a valid NHS number. Check it and try again");
        }
        return new NhsNumber(digits);
    }

    /** The Modulus 11 check digit of the first nine digits, or -1 when none is possible (remainder 10). */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** As shown to people: "943 476 5919". */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }
}
