package org.linkwork.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SaidAgeTests {

    @Test
    void readsAnAgeSaidTheWayNotesSayIt() {
        assertThat(SaidAge.in("77, uses a walking frame and can't do steps")).hasValue(77);
        assertThat(SaidAge.in("Mrs D, 71. OA both knees")).hasValue(71);
        assertThat(SaidAge.in("Older gay man, 70. His partner of 35 years died")).hasValue(70);
        assertThat(SaidAge.in("Newly dx T2DM, BMI 34, 52-year-old taxi driver")).hasValue(52);
        assertThat(SaidAge.in("I'm 28, I work in a care home")).hasValue(28);
        assertThat(SaidAge.in("Lives alone, aged 67")).hasValue(67);
        assertThat(SaidAge.in("She is 80 years old and lonely")).hasValue(80);
    }

    @Test
    void numbersOfAnythingElseAreNoAge() {
        assertThat(SaidAge.in("His partner of 35 years died, BMI 34")).isEmpty();
        assertThat(SaidAge.in("She's 35 weeks pregnant")).isEmpty();
        assertThat(SaidAge.in("Lonely since the bus stopped. Walks 20 minutes a day")).isEmpty();
        assertThat(SaidAge.in("Her son, 45, lives in Leeds. She is lonely")).isEmpty();
        assertThat(SaidAge.in("Lost 10 kg, feels great")).isEmpty();
        assertThat(SaidAge.in("He is 12 and his mum is worried")).isEmpty();
        assertThat(SaidAge.in("")).isEmpty();
    }
}
