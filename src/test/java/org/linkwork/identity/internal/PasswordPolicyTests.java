package org.linkwork.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "purple-kettle-moorland", "Tuesday walks by Hebble Brook",
            "demo-password", "ЗеленыйЧайник2026"})
    void acceptsLongPasswordsThatAreNotCommon(String password) {
        assertThat(policy.problemWith(password, "j.smith")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void refusesPasswordsShorterThanTwelveCharacters(String password) {
        assertThat(policy.problemWith(password, "j.smith")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1234", "password1234!", "123456789012", "qwertyuiop12", "Linkwork2026!",
            "calderdale123", "passwordpassword", "aaaaaaaaaaaaaa", "abababababab", "abcdefghijklm", "!!Welcome2026!!"})
    void refusesCommonPasswordsWithDigitsOrSymbolsAdded(String password) {
        assertThat(policy.problemWith(password, "j.smith"))
                .hasValueSatisfying(message -> assertThat(message).contains("harder to guess"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"j.smith-is-my-name", "MY NAME IS J.SMITH"})
    void refusesPasswordsContainingTheUsername(String password) {
        assertThat(policy.problemWith(password, "j.smith")).contains("Choose a password that does not contain your username");
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 129})
    void limitsTheLengthToWhatAPersonTypes(int length) {
        assertThat(policy.problemWith("horse battery ".repeat(20).substring(0, length), "j.smith").isPresent())
                .isEqualTo(length > PasswordPolicy.MAXIMUM_LENGTH);
    }
}
