package org.linkwork.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodedTests {

    enum Colour implements Coded {
        LIGHT_BLUE, RED;

        @Override
        public String code() {
            return Coded.fromName(this);
        }
    }

    @Test
    void makesACodeFromAConstantsName() {
        assertThat(Colour.LIGHT_BLUE.code()).isEqualTo("light-blue");
    }

    @Test
    void findsAConstantByItsExactCodeOnly() {
        assertThat(Coded.find(Colour.class, "light-blue")).contains(Colour.LIGHT_BLUE);
        assertThat(Coded.find(Colour.class, " Light-Blue")).isEmpty();
        assertThat(Coded.find(Colour.class, "light_blue")).isEmpty();
        assertThat(Coded.find(Colour.class, null)).isEmpty();
    }

    @Test
    void findsATypedCodeWhateverItsCaseAndSurroundingSpace() {
        assertThat(Coded.findTyped(Colour.class, " Light-Blue\n")).contains(Colour.LIGHT_BLUE);
        assertThat(Coded.findTyped(Colour.class, "green")).isEmpty();
        assertThat(Coded.findTyped(Colour.class, null)).isEmpty();
    }
}
