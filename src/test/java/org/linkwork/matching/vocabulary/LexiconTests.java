package org.linkwork.matching.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped vocabulary hearing ordinary words, without a database. */
class LexiconTests {

    private final Lexicon lexicon = new Lexicon(1, ShippedVocabulary.read().concepts());

    private List<String> heard(String text) {
        return lexicon.hear(text).positive().stream().map(Heard::code).toList();
    }

    private List<String> heardAgainst(String text) {
        return lexicon.hear(text).negated().stream().map(Heard::code).toList();
    }

    @Test
    void kneesThatHurtOnTheStairsAreAJointNeedAndAMobilityBarrier() {
        assertThat(heard("My knees hurt on the stairs")).contains("msk", "mobility");
        assertThat(lexicon.concept("msk").orElseThrow().concept().needs())
                .contains("msk-friendly-exercise", "chair-based-exercise");
    }

    @Test
    void aWifeWhoDiedAndSeeingNoOneIsBereavementAndLoneliness() {
        assertThat(heard("Since my wife died I don't see anyone")).contains("bereavement", "loneliness");
    }

    @Test
    void cannotGetThereIsATransportBarrierThatBringsCommunityTransportAlongside() {
        assertThat(heard("I can't get there")).contains("transport-barrier");
        assertThat(heard("She cannot get there")).contains("transport-barrier");
        assertThat(lexicon.concept("transport-barrier").orElseThrow().concept().alongside())
                .containsExactly("community-transport");
    }

    @Test
    void wordsAreHeardInAnyOfTheirForms() {
        assertThat(heard("he walks the dog")).contains("walking");
        assertThat(heard("loves walking")).contains("walking");
        assertThat(heard("she used to garden a lot")).contains("gardening");
        assertThat(heard("grows vegetables")).contains("gardening");
    }

    @Test
    void whatIsSaidAfterANotCountsAgainst() {
        assertThat(heardAgainst("I don't like groups")).contains("groups");
        assertThat(heard("I don't like groups")).contains("one-to-one").doesNotContain("groups");
        assertThat(heardAgainst("I'm not lonely")).contains("loneliness");
        assertThat(heard("I'm not lonely")).doesNotContain("loneliness");
        assertThat(heardAgainst("hates singing")).contains("singing-music");
    }

    @Test
    void wantingSomewhereToGoIsHeardButNotBeingUnableToGetOut() {
        assertThat(heard("Something social, close to home")).contains("getting-out", "close-to-home");
        assertThat(heard("wants to meet people and get out of the flat")).contains("getting-out", "loneliness");
        assertThat(heard("She can't get out of the house")).contains("housebound").doesNotContain("getting-out");
        assertThat(heard("Lives on his own")).doesNotContain("getting-out");
        assertThat(heard("Moved here last month and doesn't know a soul")).contains("getting-out", "loneliness");
        assertThat(heard("Just moved to the area with her husband")).contains("getting-out");
        assertThat(heard("Moved in with her daughter last year")).doesNotContain("getting-out");
        assertThat(heard("Moved up to be near her son")).doesNotContain("close-to-home");
        assertThat(heard("Wants something near her home")).contains("close-to-home");
        assertThat(heard("Paints at home on her own, would like to do it with other people")).contains("getting-out");
    }

    @Test
    void conditionsWithTheirOwnGroupsAreHeardApartFromOtherLongTermConditions() {
        assertThat(heard("Finished her chemo in March, wiped out")).contains("cancer").doesNotContain("long-term-condition");
        assertThat(heard("Parkinson's, getting shaky")).contains("parkinsons");
        assertThat(heard("Going blind with macular, can't read the paper")).contains("sight-loss");
        assertThat(heard("He has MS and epilepsy")).contains("long-term-condition").doesNotContain("cancer", "sight-loss");
    }

    @Test
    void whoThePersonIsForGroupsOfTheirOwnIsHeardFromHowItIsSaid() {
        assertThat(heard("Ex-army, served in the Falklands, drinks too much since")).contains("veterans", "alcohol-drugs");
        assertThat(heard("Young gay lad, doesn't know anyone")).contains("lgbt");
        assertThat(heard("Came out of hospital last week")).doesNotContain("lgbt");
        assertThat(heard("Needs to lose weight, GP says his BMI is too high")).contains("weight");
        assertThat(heard("Loves her books and wants a book club")).contains("reading-writing");
        assertThat(heard("Wants to book appointments online")).doesNotContain("reading-writing");
        assertThat(heard("Used to go fishing with his brother")).contains("fishing");
    }

    @Test
    void howThePersonGetsAboutIsNoWishForTheActivityItNames() {
        assertThat(heard("Uses a walking frame and can't do steps")).contains("mobility").doesNotContain("walking");
        assertThat(heard("Uses a walking frame but loves a walk by the sea")).contains("mobility", "walking");
    }

    @Test
    void anActivityThePersonCanNoLongerDoWasTheirsNotSomethingTheyDoNotWant() {
        assertThat(heard("Arthritis in her hands, can't knit anymore, which was her thing")).contains("arts-crafts");
        assertThat(heard("Can't sing any more since the stroke")).contains("singing-music");
        assertThat(heardAgainst("Can't stand singing")).contains("singing-music");
        assertThat(heardAgainst("Doesn't want to knit any more")).contains("arts-crafts");
    }

    @Test
    void theAbbreviationsOfReferralLettersAreHeard() {
        assertThat(heard("Newly dx T2DM, BMI 34")).contains("diabetes", "weight");
        assertThat(heard("OA both knees, on the waiting list for a TKR")).contains("msk");
        assertThat(heard("SOBOE, on LTOT")).contains("breathing");
        assertThat(heard("Post MI, HTN")).contains("heart");
        assertThat(heard("CVA in 2023")).contains("stroke");
        assertThat(heard("Low mood, PND")).contains("mental-wellbeing");
    }

    @Test
    void feelingUselessIsAWishToBeUsefulAgain() {
        assertThat(heard("I feel a bit useless now. I was a teacher for thirty years")).contains("volunteering");
    }

    @Test
    void beingASingleParentIsWhoThePersonIsNotAWishForFamilyGroups() {
        assertThat(heard("Single dad, two kids. Electric on emergency credit")).contains("men", "housing-warmth")
                .doesNotContain("families");
        assertThat(heard("Wants something for the kids in the school holidays")).contains("families");
    }

    @Test
    void notWantingToSitInARoomWithPeopleIsAWishForOneToOneAndAgainstGroups() {
        assertThat(heard("He doesn't want to sit in a room with people")).contains("one-to-one")
                .doesNotContain("groups");
        assertThat(heardAgainst("He doesn't want to sit in a room with people")).contains("groups");
        assertThat(heardAgainst("Would hate to be stuck in a room with strangers")).contains("groups");
        assertThat(heard("Happy to sit in a room with other people if it's small")).contains("groups");
        assertThat(heard("She would sit in a room on her own all day")).doesNotContain("groups");
        assertThat(heardAgainst("She can't face a room full of people")).contains("groups");
    }

    @Test
    void aTaxiDriverIsNoTransportBarrier() {
        assertThat(heard("52-year-old taxi driver on shifts")).doesNotContain("transport-barrier");
        assertThat(heard("Has to get a taxi everywhere")).contains("transport-barrier");
    }

    @Test
    void countsThePlacesAConceptIsHeardInOverlappingPhrasesOnce() {
        Hearing hearing = lexicon.hear("UC sanction, bailiffs' letters about council tax. Single dad");
        assertThat(hearing.positive()).filteredOn(h -> h.code().equals("money")).singleElement()
                .extracting(Heard::mentions).isEqualTo(3);
        assertThat(lexicon.hear("My knees hurt").positive()).filteredOn(h -> h.code().equals("msk")).singleElement()
                .extracting(Heard::mentions).isEqualTo(1);
    }

    @Test
    void aNotReachesOnlyWithinItsClause() {
        assertThat(heard("I don't drive, but I love gardening")).contains("gardening", "transport-barrier");
    }

    @Test
    void wordsNoConceptTakesAreKeptForSearchingWithoutSmallTalk() {
        Hearing hearing = lexicon.hear("He would love to do origami again");
        assertThat(hearing.otherWords()).extracting(Hearing.Word::written).contains("origami")
                .doesNotContain("would", "love", "again");
        assertThat(lexicon.hear("Dropped out of college, on the waiting list for thirty weeks").otherWords())
                .extracting(Hearing.Word::written).doesNotContain("dropped", "waiting", "list", "thirty");
    }

    @Test
    void breathlessnessIsHeardInEverydayWords() {
        assertThat(heard("Gets puffed on the stairs")).contains("breathing");
        assertThat(heard("He's bad with his chest")).contains("breathing");
        assertThat(heard("I get out of breath so quickly")).contains("breathing");
        assertThat(heard("She's on oxygen at night")).contains("breathing");
    }

    @Test
    void moneyTroubleIsHeardInEverydayWords() {
        assertThat(heard("Totally skint until the end of the month")).contains("money", "money-tight");
        assertThat(heard("He's behind with the rent")).contains("money");
        assertThat(heard("Can't make ends meet since the prepayment meter went in")).contains("money");
    }

    @Test
    void beingHouseboundIsHeardApartFromRarelyGettingOut() {
        assertThat(heard("Housebound lady, 86, on home oxygen")).contains("housebound").doesNotContain("rarely-out");
        assertThat(heard("He's bed bound since the stroke")).contains("housebound");
        assertThat(heard("She doesn't get out much since her husband died")).contains("rarely-out")
                .doesNotContain("housebound");
        assertThat(heard("Hardly goes out, stays at home all day")).contains("rarely-out").doesNotContain("housebound");
    }

    @Test
    void weightPutOnIsHeardInStonesAsWellAsWords() {
        assertThat(heard("I've put on four stone since lockdown and my knees are starting to complain"))
                .contains("weight", "msk");
        assertThat(heard("She's gained weight since she stopped work")).contains("weight");
        assertThat(heard("He lives in a stone cottage on the moor")).doesNotContain("weight");
    }

    @Test
    void aBadBackIsHeardAsTheBackAsWellAsJointPainButNotEveryBack() {
        assertThat(heard("Bad back from work, off sick")).contains("back", "msk");
        assertThat(heard("Sciatica down his left leg")).contains("back");
        assertThat(heard("She wants to get back out and about")).doesNotContain("back");
        assertThat(heard("Holding the chair back for balance")).doesNotContain("back");
        List<Phrase> listingWords = lexicon.concept("back").orElseThrow().words();
        TokenText chairClass = TokenText.of("Standing moves holding the chair back, and back for tea");
        assertThat(listingWords).noneMatch(w -> !chairClass.find(w, 0).isEmpty());
        TokenText backClass = TokenText.of("Exercises to strengthen and loosen your back");
        assertThat(listingWords).anyMatch(w -> !backClass.find(w, 0).isEmpty());
    }

    @Test
    void aYoungMumIsAYoungPersonAndAWoman() {
        assertThat(heard("Young mum, feeling low since the baby")).contains("young-adult", "women");
        assertThat(heard("Her mum is getting on now")).doesNotContain("young-adult");
    }

    @Test
    void diabetesIsHeardAsPeopleSayIt() {
        assertThat(heard("My sugars have been high")).contains("diabetes");
        assertThat(heard("The nurse says she's borderline diabetic")).contains("diabetes");
    }

    @Test
    void runningAndNewArrivalsHaveConceptsOfTheirOwn() {
        assertThat(heard("Used to go running before the kids")).contains("running");
        assertThat(heard("Wants to try the parkrun")).contains("running");
        assertThat(heard("Came to this country as a refugee")).contains("new-arrival");
    }

    @Test
    void aPhraseThatSaysNotItselfIsHeardForThePerson() {
        assertThat(heard("She doesn't speak English")).contains("new-arrival");
        assertThat(heardAgainst("She doesn't speak English")).doesNotContain("new-arrival");
        assertThat(heard("He can't make ends meet")).contains("money");
        assertThat(heard("Never get a break from caring")).contains("carers");
    }

    @Test
    void newPhrasesAfterANotStillCountAgainst() {
        assertThat(heardAgainst("He isn't hard up")).contains("money-tight");
        assertThat(heardAgainst("She's never been lonesome")).contains("loneliness");
        assertThat(heardAgainst("Doesn't want anything strenuous, no jogging")).contains("running");
    }

    @Test
    void anActivityHeardJustAfterANeedIsWhatBringsItOnNotWhatIsWanted() {
        assertThat(context("COPD, gets breathless walking up the hill")).containsExactly("walking");
        assertThat(context("My back hurts when I garden")).containsExactly("gardening");
        assertThat(context("COPD, and he loves walking")).isEmpty();
        assertThat(context("Breathless, wants to go walking with others")).isEmpty();
        assertThat(heard("COPD, gets breathless walking up the hill")).contains("breathing", "walking");
    }

    @Test
    void aNeedHeardJustAfterWhatKeepsThePersonInIsWhyTheyCannotGetOutNotWhatIsWanted() {
        assertThat(context("She can't get there, no car and the buses are hard with her hip")).containsExactly("msk");
        assertThat(context("She can't get there because of her knees")).containsExactly("msk");
        assertThat(context("No car, and her knees are bad, she wants gentle exercise")).isEmpty();
    }

    private List<String> context(String text) {
        return lexicon.hear(text).positive().stream().filter(Heard::context).map(Heard::code).toList();
    }

    @Test
    void aMumOrADadIsAWomanOrAManButTheirMumOrDadIsSomeoneElse() {
        assertThat(heard("Young mum, feeling low since the baby")).contains("women").doesNotContain("men");
        assertThat(heard("Single dad of two, works nights")).contains("men").doesNotContain("women");
        assertThat(heard("Lost her mum in the spring")).doesNotContain("women", "men");
        assertThat(heard("His dad has dementia")).doesNotContain("women", "men");
    }

    @Test
    void aContractionIsReadAsTheWordItShortens() {
        assertThat(heard("She'd love a bit of company")).contains("loneliness").doesNotContain("making-mending");
        assertThat(heard("He'd like to potter in a shed")).contains("making-mending");
    }

    @Test
    void ordinarySentencesDoNotHearConceptsTheyAreNotAbout() {
        assertThat(heard("She's feeling a bit run down")).doesNotContain("running");
        assertThat(heard("Broke her hip in the winter")).contains("falls-balance").doesNotContain("money", "money-tight");
        assertThat(heard("He loves fell walking")).contains("walking").doesNotContain("falls-balance");
        assertThat(heard("Has a blue badge for the car")).doesNotContain("mental-wellbeing");
        assertThat(heard("Stuck in a rut")).contains("mental-wellbeing").doesNotContain("housebound");
        assertThat(heard("Caught a cold and a cough")).doesNotContain("housing-warmth");
        assertThat(heard("Needs a BSL interpreter")).contains("hearing").doesNotContain("new-arrival");
        assertThat(heard("Came to this country last year")).doesNotContain("outdoors");
        assertThat(heard("Nearly fell over twice")).contains("falls-balance").doesNotContain("close-to-home");
        assertThat(heard("Wants to learn to cook on a budget")).contains("cooking").doesNotContain("money", "work-learning");
        assertThat(heard("Her daughter sends her flowers")).doesNotContain("learning-disability");
        assertThat(heard("The landlord won't do the repairs")).contains("housing-warmth").doesNotContain("making-mending");
        assertThat(heard("Used to play the piano at chapel")).contains("singing-music").doesNotContain("football-sport");
        assertThat(heard("Takes her tablets but gets muddled about them")).contains("dementia-memory")
                .doesNotContain("digital", "transport-barrier");
        assertThat(heard("Her husband passed last spring")).contains("bereavement");
        assertThat(heard("Diagnosed with depression, tired all the time")).contains("mental-wellbeing")
                .doesNotContain("long-term-condition");
    }

    @Test
    void daysAndTimesSaidInWordsAreHeardAndAgainstAfterANot() {
        assertThat(heard("Can only do mornings")).contains("when-mornings");
        assertThat(heard("Afternoons are best for her")).contains("when-afternoons");
        assertThat(heard("Weekends only")).contains("when-weekends");
        assertThat(heard("Evenings after work")).contains("when-evenings");
        assertThat(heardAgainst("She can't do mornings")).contains("when-mornings");
        assertThat(heard("She can't do mornings")).doesNotContain("when-mornings");
        assertThat(heardAgainst("Not Mondays, that's dialysis")).contains("when-mondays");
        // A morning that is not when they can go says nothing of it.
        assertThat(heard("Feels low every morning and used to go to the coffee morning")).doesNotContain("when-mornings");
    }

    @Test
    void aListingAboutBreathingSaysItIsAboutThePersonsBreathingNotABreathingExercise() {
        List<Phrase> words = lexicon.concept("breathing").orElseThrow().words();

        assertThat(says(words, "Slow, gentle yoga. Stretching and breathing for stiff joints and stress.")).isFalse();
        assertThat(says(words, "Singing is good for your breathing, your mood and meeting people.")).isTrue();
        assertThat(says(words, "For people with COPD and other lung conditions.")).isTrue();
        assertThat(says(words, "Breathing easier group")).isTrue();
    }

    @Test
    void aListingAboutVolunteeringOffersAVolunteeringRoleNotAServiceVolunteersGive() {
        List<Phrase> words = lexicon.concept("volunteering").orElseThrow().words();

        assertThat(says(words, "A trained volunteer visits you at home for a cup of tea and a chat every week.")).isFalse();
        assertThat(says(words, "Our volunteers drive you to appointments.")).isFalse();
        assertThat(says(words, "Find a volunteering role that suits you: gardening, driving, befriending.")).isTrue();
        assertThat(says(words, "Volunteers wanted for our Saturday market.")).isTrue();
    }

    @Test
    void aListingWelcomingPeopleNewToTheAreaIsAboutCompany() {
        List<Phrase> words = lexicon.concept("loneliness").orElseThrow().words();

        assertThat(says(words, "A good first step if you have moved to the area or lost touch with people.")).isTrue();
        assertThat(says(words, "Advice on council tax when you move house.")).isFalse();
    }

    private static boolean says(List<Phrase> words, String listing) {
        TokenText text = TokenText.of(listing);
        return words.stream().anyMatch(w -> !text.find(w, 0).isEmpty());
    }

    @Test
    void aReasonDefaultsToTheKindsWords() {
        Concept plain = new Concept(null, "chess", "Chess", ConceptKind.ACTIVITY, List.of("chess"), List.of(), List.of(),
                List.of(), List.of(), List.of(), false, "", true, 0);
        assertThat(plain.reasonText()).isEqualTo("Chess: matches what you enjoy");
    }
}
