package org.linkwork.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkwork.platform.InvalidInput;

class NhsNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137", "9990000026"})
    void acceptsNumbersWithTheRightCheckDigit(String text) {
        assertThat(NhsNumber.parse("nhsNumber", text).value()).hasSize(10).containsOnlyDigits();
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThatThrownBy(() -> NhsNumber.parse("nhsNumber", "9434765918"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("nhsNumber"));
                    assertThat(e.getMessage()).contains("not a valid NHS number");
                });
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // 123456789x: the weighted sum is 210, remainder 1, so no check digit exists.
        assertThat(NhsNumber.checkDigit("1234567890")).isEqualTo(-1);
        assertThatThrownBy(() -> NhsNumber.parse("nhsNumber", "1234567890")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesAllSameDigitsEvenThoughTheirCheckDigitFits() {
        assertThat(NhsNumber.checkDigit("0000000000")).isZero();
        assertThatThrownBy(() -> NhsNumber.parse("nhsNumber", "000 000 0000"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("real NHS number");
        assertThatThrownBy(() -> NhsNumber.parse("nhsNumber", "1111111111")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesTextThatIsNotTenDigits() {
        assertThatThrownBy(() -> NhsNumber.parse("nhsNumber", "94347659")).isInstanceOf(InvalidInput.class)
                .hasMessage("NHS number must be 10 digits, like 943 476 5919");
        assertThatThrownBy(() -> NhsNumber.parse("nhsNumber", "94347659AB")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void formatsAsThreeThreeFour() {
        assertThat(NhsNumber.parse("nhsNumber", "9434765919").formatted()).isEqualTo("943 476 5919");
    }
}
