package org.linkwork.directory.demo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words the demo directory is made of: the localities of each Calderdale ward with plausible
 * post towns and postcode districts, the kinds of venue, and the activities and organisations
 * typical of social prescribing in the borough. Everything made from it is fictional.
 */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    /** A village or part of town, with the post town and postcode district of its addresses. */
    record Locality(String name, String postTown, String outward) {
    }

    /**
     * What the generator needs to know of a ward beyond its boundary.
     *
     * @param organisations how many generated organisations are based there (busier wards more)
     * @param park          a park or green space used as a meeting point
     */
    record WardInfo(String code, List<Locality> localities, String park, int organisations) {
    }

    enum VenueKind {
        COMMUNITY_CENTRE, CHURCH_HALL, METHODIST_CHURCH, LIBRARY, LEISURE_CENTRE, SPORTS_CLUB, POOL, PARK,
        VILLAGE_HALL, HEALTH_CENTRE, GARDEN, ALLOTMENTS, WORKSHOP, OFFICE, CAFE
    }

    /**
     * An activity as it is typically run, from which services are made.
     *
     * @param monthly     meets on one weekday of the month (e.g. the second Tuesday) rather than weekly
     * @param freeChance  the chance that a service of this kind is free
     * @param priceUnit   what a price is for, such as "a session"; null for activities that are always free
     * @param termWeeks   when some groups charge by the term, its length in weeks
     * @param boroughWide serves the whole borough from one base (phone befriending, transport, advice)
     * @param attending   ORUK attending type: "in_person" or "phone"
     */
    record Activity(String key, List<String> names, String description, List<String> needs, List<String> access,
            List<String> eligibility, Integer minimumAge, boolean monthly, List<String> days, List<LocalTime> starts,
            int minutes, double freeChance, BigDecimal minimumPrice, BigDecimal maximumPrice, String priceUnit,
            Integer termWeeks, List<VenueKind> venues, boolean boroughWide, String attending) {
    }

    /** A kind of organisation: how such organisations are named and what they run. */
    record OrganisationKind(String key, List<String> namePatterns, String about, List<String> activities,
            boolean charity) {
    }

    static final List<String> STREETS = List.of("Church Lane", "Station Road", "Market Street", "Chapel Street",
            "Park Road", "Victoria Road", "Bank Street", "Mill Lane", "King Street", "Albert Road", "New Road",
            "School Lane", "Queen Street", "Water Lane", "Hall Lane", "Green Lane", "Spring Gardens",
            "Commercial Street", "Bridge Street", "Town Gate", "Union Street", "Wesley Street", "Moor Lane",
            "Cross Street");

    static final List<String> SAINTS = List.of("Mary", "John", "Paul", "Thomas", "Michael", "Andrew", "Matthew",
            "Peter", "George", "James", "Luke", "Barnabas", "Hilda", "Jude");

    static final List<String> FIRST_NAMES = List.of("Alison", "Amir", "Bev", "Carol", "Dave", "Elaine", "Farah",
            "Gary", "Helen", "Imran", "Janet", "Kev", "Linda", "Marek", "Nadia", "Paul", "Rachel", "Sajid", "Tracy",
            "Wendy", "Zofia", "Graham", "Sue", "Ian", "Shabana", "Mick", "Ruth", "Bilal", "Joanne", "Derek");

    static final List<String> SURNAMES = List.of("Ackroyd", "Barker", "Crossley", "Dyson", "Firth", "Greenwood",
            "Holroyd", "Jagger", "Kershaw", "Lumb", "Mitchell", "Naylor", "Pickles", "Riley", "Sutcliffe", "Thornton",
            "Uttley", "Whiteley", "Hussain", "Khan", "Nowak", "Ahmed", "Bairstow", "Helliwell", "Wadsworth");

    private static Locality at(String name, String postTown, String outward) {
        return new Locality(name, postTown, outward);
    }

    /** The seventeen wards of Calderdale by their ONS codes. */
    static final Map<String, WardInfo> WARDS = Stream.of(
            new WardInfo("E05001371", List.of(at("Brighouse", "Brighouse", "HD6"), at("Bailiff Bridge", "Brighouse", "HD6"),
                    at("Clifton", "Brighouse", "HD6")), "Wellholme Park", 6),
            new WardInfo("E05001372", List.of(at("Hebden Bridge", "Hebden Bridge", "HX7"), at("Heptonstall", "Hebden Bridge", "HX7"),
                    at("Old Town", "Hebden Bridge", "HX7")), "Calder Holmes Park", 6),
            new WardInfo("E05001373", List.of(at("Elland", "Elland", "HX5"), at("Blackley", "Elland", "HX5")),
                    "Elland Park", 5),
            new WardInfo("E05001374", List.of(at("Greetland", "Halifax", "HX4"), at("Stainland", "Halifax", "HX4"),
                    at("Holywell Green", "Halifax", "HX4"), at("West Vale", "Halifax", "HX4")), "Greetland recreation ground", 5),
            new WardInfo("E05001375", List.of(at("Hipperholme", "Halifax", "HX3"), at("Lightcliffe", "Halifax", "HX3"),
                    at("Hove Edge", "Brighouse", "HD6")), "Lightcliffe recreation ground", 5),
            new WardInfo("E05001376", List.of(at("Illingworth", "Halifax", "HX2"), at("Mixenden", "Halifax", "HX2"),
                    at("Holmfield", "Halifax", "HX2")), "Mixenden Reservoir path", 5),
            new WardInfo("E05001377", List.of(at("Luddenden Foot", "Halifax", "HX2"), at("Mytholmroyd", "Hebden Bridge", "HX7"),
                    at("Midgley", "Halifax", "HX2")), "Mytholmroyd canal towpath", 5),
            new WardInfo("E05001378", List.of(at("Northowram", "Halifax", "HX3"), at("Shelf", "Halifax", "HX3")),
                    "Shelf Hall Park", 5),
            new WardInfo("E05001379", List.of(at("Ovenden", "Halifax", "HX3"), at("Lee Mount", "Halifax", "HX3")),
                    "Ovenden Park", 5),
            new WardInfo("E05001380", List.of(at("King Cross", "Halifax", "HX1"), at("Pellon", "Halifax", "HX1"),
                    at("Queens Road", "Halifax", "HX1")), "People's Park", 7),
            new WardInfo("E05001381", List.of(at("Rastrick", "Brighouse", "HD6"), at("Woodhouse", "Brighouse", "HD6"),
                    at("Toothill", "Brighouse", "HD6")), "Rastrick recreation ground", 5),
            new WardInfo("E05001382", List.of(at("Ripponden", "Sowerby Bridge", "HX6"), at("Rishworth", "Sowerby Bridge", "HX6"),
                    at("Triangle", "Sowerby Bridge", "HX6"), at("Barkisland", "Halifax", "HX4")), "Ripponden riverside", 5),
            new WardInfo("E05001383", List.of(at("Skircoat Green", "Halifax", "HX3"), at("Savile Park", "Halifax", "HX1"),
                    at("Salterhebble", "Halifax", "HX3")), "Savile Park", 5),
            new WardInfo("E05001384", List.of(at("Sowerby Bridge", "Sowerby Bridge", "HX6"), at("Sowerby", "Sowerby Bridge", "HX6"),
                    at("Norland", "Sowerby Bridge", "HX6")), "Crow Wood Park", 6),
            new WardInfo("E05001385", List.of(at("Todmorden", "Todmorden", "OL14"), at("Walsden", "Todmorden", "OL14"),
                    at("Cornholme", "Todmorden", "OL14")), "Centre Vale Park", 6),
            new WardInfo("E05001386", List.of(at("Halifax", "Halifax", "HX1"), at("Boothtown", "Halifax", "HX3"),
                    at("Southowram", "Halifax", "HX3"), at("Siddal", "Halifax", "HX3")), "Shibden Park", 8),
            new WardInfo("E05001387", List.of(at("Warley Town", "Halifax", "HX2"), at("Highroad Well", "Halifax", "HX2"),
                    at("Pye Nest", "Halifax", "HX2")), "Warley village green", 5))
            .collect(Collectors.toUnmodifiableMap(WardInfo::code, w -> w));

    /** Wards where Urdu and Punjabi speakers are many, so some groups offer those languages. */
    static final List<String> URDU_PUNJABI_WARDS = List.of("E05001380", "E05001386", "E05001387", "E05001379");
    /** Wards where some groups offer Polish. */
    static final List<String> POLISH_WARDS = List.of("E05001371", "E05001386", "E05001384");

    private static final List<LocalTime> MORNINGS = times("09:30", "10:00", "10:30", "11:00");
    private static final List<LocalTime> AFTERNOONS = times("13:00", "13:30", "14:00");
    private static final List<LocalTime> DAYTIME = times("10:00", "10:30", "13:00", "13:30", "14:00");
    private static final List<LocalTime> EVENINGS = times("18:00", "18:30", "19:00");
    private static final List<String> WEEKDAYS = List.of("MO", "TU", "WE", "TH", "FR");
    private static final List<String> ANY_DAY = List.of("MO", "TU", "WE", "TH", "FR", "SA");

    static final Map<String, Activity> ACTIVITIES = Stream.of(
            activity("walking-football", "Walking football", "Walking football for over 50s", "Walking football: no running, no tackling")
                    .describe("Football at a walking pace: no running and no slide tackles, so it is kind to knees and hips. "
                            + "All abilities welcome, whether you played years ago or never have. Come in trainers; bibs and balls are provided.")
                    .needs("physical-activity", "loneliness-social-connection").access("step-free", "accessible-toilet")
                    .forWhom("older-people", "adults").minimumAge(50)
                    .weekly(ANY_DAY, times("10:00", "13:00", "18:30"), 60).price(0.2, "2.00", "3.50", "a session", null)
                    .at(VenueKind.LEISURE_CENTRE, VenueKind.SPORTS_CLUB).build(),
            activity("health-walk", "Health walk", "Gentle health walk", "Short strolls for better health")
                    .describe("A friendly, led walk at an easy pace on mostly flat paths, about an hour, with a stop for a chat. "
                            + "Good if you are getting back into walking after an illness or an operation. Walk leaders are trained volunteers.")
                    .needs("walking", "loneliness-social-connection").access("limited-mobility").forWhom("adults")
                    .weekly(WEEKDAYS, times("10:00", "10:30", "13:30"), 75).price(1.0, null, null, null, null)
                    .at(VenueKind.PARK, VenueKind.LIBRARY, VenueKind.COMMUNITY_CENTRE).build(),
            activity("mens-walk", "Men's walk and talk", "Walk and talk for men")
                    .describe("A weekly walk for men who want to get out, get some fresh air and talk about whatever is on their mind, "
                            + "or nothing at all. No pressure, no judgement, and a brew at the end.")
                    .needs("walking", "mental-wellbeing", "peer-support").access("limited-mobility").forWhom("men", "adults")
                    .minimumAge(18).weekly(List.of("TU", "TH", "SA"), times("10:00", "18:00"), 90).price(1.0, null, null, null, null)
                    .at(VenueKind.PARK).build(),
            activity("chair-exercise", "Chair-based exercise", "Seated exercise class", "Sit and be fit")
                    .describe("Gentle exercise sitting in a chair, with some standing moves holding the chair back if you feel able. "
                            + "Helps with stiff joints, balance and getting up out of a chair. Tea and a chat afterwards.")
                    .needs("chair-based-exercise", "physical-activity")
                    .access("seated-options", "limited-mobility", "step-free", "wheelchair-accessible").forWhom("older-people")
                    .minimumAge(60).weekly(WEEKDAYS, MORNINGS, 45).price(0.3, "2.00", "3.50", "a session", null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.CHURCH_HALL, VenueKind.VILLAGE_HALL).build(),
            activity("chair-yoga", "Chair yoga", "Gentle chair yoga", "Yoga on a chair")
                    .describe("Slow, gentle yoga done sitting on or holding a chair. Stretching and breathing for stiff joints, "
                            + "back pain and stress. No yoga experience needed and nothing to buy.")
                    .needs("chair-based-exercise", "mental-wellbeing").access("seated-options", "limited-mobility", "step-free")
                    .forWhom("adults").weekly(WEEKDAYS, DAYTIME, 60).price(0.3, "3.00", "5.00", "a session", 10)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.CHURCH_HALL, VenueKind.VILLAGE_HALL).build(),
            activity("aqua-therapy", "Aqua therapy", "Warm water exercise", "Hydrotherapy sessions")
                    .describe("Exercise in a warm pool, about 34 degrees, where the water takes your weight, so moving is easier on "
                            + "painful joints and backs. A hoist and help with changing are available. You do not need to be able to swim.")
                    .needs("aqua-exercise", "long-term-conditions")
                    .access("wheelchair-accessible", "accessible-toilet", "limited-mobility", "accessible-parking")
                    .forWhom("long-term-conditions", "adults").weekly(WEEKDAYS, DAYTIME, 45)
                    .price(0.1, "4.00", "6.00", "a session", null).at(VenueKind.POOL).build(),
            activity("aqua-aerobics", "Aqua aerobics for beginners", "Gentle aqua fit")
                    .describe("A relaxed exercise class in the shallow end, to music. The water supports your joints, so it suits "
                            + "people with arthritis, back pain or extra weight. Non-swimmers welcome.")
                    .needs("aqua-exercise", "physical-activity").access("accessible-toilet", "limited-mobility", "step-free")
                    .forWhom("adults").weekly(ANY_DAY, times("10:00", "11:00", "18:30"), 45)
                    .price(0.0, "3.50", "5.50", "a session", null).at(VenueKind.POOL, VenueKind.LEISURE_CENTRE).build(),
            activity("arthritis-group", "Arthritis support group", "Living with arthritis group", "Joint pain support group")
                    .describe("A friendly group for people living with arthritis, joint pain and stiffness. We share tips for everyday "
                            + "life, have guest speakers such as physiotherapists and pharmacists, and do a few gentle stretches. "
                            + "Partners and carers are welcome.")
                    .needs("long-term-conditions", "peer-support", "pain-management")
                    .access("step-free", "hearing-loop", "seated-options", "accessible-toilet")
                    .forWhom("long-term-conditions", "adults").monthly(WEEKDAYS, AFTERNOONS, 90)
                    .price(0.5, "1.00", "2.00", "a session", null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.CHURCH_HALL, VenueKind.LIBRARY).build(),
            activity("pain-course", "Living well with persistent pain course", "Pain management course", "Managing pain: six-week course")
                    .describe("A six-week course for people with long-lasting pain: back pain, joint pain, fibromyalgia and other "
                            + "persistent pain. Learn pacing, relaxation, gentle movement and ways to sleep better, alongside others who understand.")
                    .needs("pain-management", "long-term-conditions", "mental-wellbeing")
                    .access("step-free", "seated-options", "hearing-loop").forWhom("adults", "long-term-conditions")
                    .minimumAge(18).weekly(WEEKDAYS, times("10:00", "13:30", "18:00"), 120).price(1.0, null, null, null, null)
                    .at(VenueKind.HEALTH_CENTRE, VenueKind.LIBRARY, VenueKind.COMMUNITY_CENTRE).build(),
            activity("back-class", "Back care class", "Exercise class for bad backs", "Healthy back class")
                    .describe("Exercises to strengthen and loosen your back, for people with ongoing or recurring back pain. "
                            + "Taught by an instructor trained with physiotherapists, with mats and chairs and options for every level.")
                    .needs("msk-friendly-exercise", "pain-management").access("step-free", "seated-options").forWhom("adults")
                    .minimumAge(18).weekly(WEEKDAYS, times("10:00", "18:00", "19:00"), 60).price(0.2, "3.00", "5.00", "a session", 8)
                    .at(VenueKind.LEISURE_CENTRE, VenueKind.COMMUNITY_CENTRE, VenueKind.HEALTH_CENTRE).build(),
            activity("strength-balance", "Strength and balance class", "Steady and strong", "Falls prevention exercise")
                    .describe("Exercises to build leg strength and improve balance, to help prevent falls and keep you independent. "
                            + "It builds up over the weeks and you can start seated. For anyone who has had a fall, is worried about "
                            + "falling or feels unsteady on their feet.")
                    .needs("msk-friendly-exercise", "physical-activity")
                    .access("seated-options", "limited-mobility", "step-free", "accessible-toilet").forWhom("older-people")
                    .minimumAge(60).weekly(WEEKDAYS, MORNINGS, 60).price(0.35, "2.00", "3.00", "a session", null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.LEISURE_CENTRE, VenueKind.CHURCH_HALL).build(),
            activity("tai-chi", "Tai chi", "Tai chi for health", "Tai chi for beginners")
                    .describe("Slow, flowing movements that improve balance, strength and calm. It can be done standing or seated, "
                            + "and is gentle on the joints.")
                    .needs("msk-friendly-exercise", "physical-activity", "mental-wellbeing")
                    .access("seated-options", "step-free", "limited-mobility").forWhom("adults", "older-people")
                    .weekly(ANY_DAY, times("10:00", "11:00", "18:30"), 60).price(0.2, "3.00", "5.00", "a session", 10)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.VILLAGE_HALL, VenueKind.METHODIST_CHURCH).build(),
            activity("gym-mobility", "Gym sessions for limited mobility", "Gentle gym", "Health and wellbeing gym sessions")
                    .describe("Quieter gym sessions with an instructor on hand, for people who are new to exercise, getting over an "
                            + "illness, or living with joint pain or a long-term condition. Equipment with easy-access seats.")
                    .needs("msk-friendly-exercise", "physical-activity", "long-term-conditions")
                    .access("wheelchair-accessible", "limited-mobility", "accessible-toilet", "accessible-parking", "step-free")
                    .forWhom("adults", "long-term-conditions", "disabled-people").minimumAge(16)
                    .weekly(WEEKDAYS, times("09:00", "11:00", "14:00"), 90).price(0.1, "3.00", "5.00", "a session", null)
                    .at(VenueKind.LEISURE_CENTRE).build(),
            activity("cycling", "Cycling for all", "Inclusive cycling", "Adapted bikes for everyone")
                    .describe("Adapted bikes, trikes, hand-cycles and side-by-side tandems so that almost anyone can enjoy cycling "
                            + "on a traffic-free route. Helpers are on hand, and you can bring a friend or carer.")
                    .needs("physical-activity", "nature-green-space")
                    .access("wheelchair-accessible", "limited-mobility", "accessible-toilet", "accessible-parking")
                    .forWhom("disabled-people", "families", "adults").weekly(List.of("WE", "SA", "SU"), times("10:00", "13:00"), 120)
                    .price(0.4, "2.00", "4.00", "a session", null).at(VenueKind.PARK, VenueKind.LEISURE_CENTRE).build(),
            activity("park-5k", "Saturday 5k walk, jog or run", "Saturday morning 5k in the park")
                    .describe("A free, timed 5 km in the park every Saturday at 9am. Walk, jog, run or volunteer: you do not have to be "
                            + "fast and there is always someone at the back. Register once online before your first time.")
                    .needs("physical-activity", "walking", "volunteering").access().forWhom("adults", "families")
                    .weekly(List.of("SA"), times("09:00"), 60).price(1.0, null, null, null, null).at(VenueKind.PARK).build(),
            activity("tea-dance", "Tea dance", "Seated and standing dance")
                    .describe("Dance to music from the 1950s to today, standing or seated, then tea and cake. No partner or "
                            + "experience needed. Good for balance, memory and a laugh.")
                    .needs("physical-activity", "loneliness-social-connection", "arts-creativity")
                    .access("step-free", "seated-options", "accessible-toilet").forWhom("older-people")
                    .weekly(WEEKDAYS, AFTERNOONS, 120).price(0.1, "2.00", "4.00", "a session", null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.METHODIST_CHURCH, VenueKind.VILLAGE_HALL).build(),
            activity("community-garden", "Community garden volunteering", "Growing together", "Community garden sessions")
                    .describe("Help grow fruit, vegetables and flowers in our community garden. No experience needed: raised beds "
                            + "if you would rather not bend, tools and gloves provided, and a brew in the shelter.")
                    .needs("nature-green-space", "volunteering", "mental-wellbeing").access("seated-options", "limited-mobility")
                    .forWhom("adults").weekly(ANY_DAY, times("10:00", "13:00"), 150).price(1.0, null, null, null, null)
                    .at(VenueKind.GARDEN).build(),
            activity("allotment", "Allotment group", "Shared allotment plot", "Grow your own group")
                    .describe("A shared allotment where beginners learn to grow their own with experienced gardeners, and take home "
                            + "what they grow. Outdoors, on uneven ground, in all weathers.")
                    .needs("nature-green-space", "loneliness-social-connection").access().forWhom("adults")
                    .weekly(ANY_DAY, times("10:00", "14:00"), 120).price(0.7, "1.00", "1.00", "a session", null)
                    .at(VenueKind.ALLOTMENTS).build(),
            activity("conservation", "Conservation volunteering", "Woodland and footpath volunteers")
                    .describe("Outdoor tasks that look after local woods, footpaths and wildlife: planting trees, clearing paths and "
                            + "building steps. Tools and training provided; lift sharing from town.")
                    .needs("nature-green-space", "volunteering", "physical-activity").access().forWhom("adults")
                    .minimumAge(16).weekly(List.of("TU", "TH", "SA"), times("09:30", "10:00"), 240).price(1.0, null, null, null, null)
                    .at(VenueKind.PARK).build(),
            activity("mens-shed", "Men's shed", "Men's shed workshop")
                    .describe("A workshop where men, and anyone who likes making and mending, get together to make things, fix "
                            + "things and have a natter: woodwork, bike repairs and community projects. Tools provided; no experience needed.")
                    .needs("loneliness-social-connection", "mental-wellbeing").access("step-free").forWhom("men", "adults")
                    .minimumAge(18).weekly(WEEKDAYS, times("10:00", "13:00"), 180).price(0.25, "1.00", "2.00", "a session", null)
                    .at(VenueKind.WORKSHOP).build(),
            activity("befriending-phone", "Telephone befriending", "Friendly phone calls", "Chat line befriending")
                    .describe("A regular phone call, at a time that suits you, from the same trained volunteer. For anyone who "
                            + "feels lonely or cut off, or who cannot easily get out of the house.")
                    .needs("befriending", "loneliness-social-connection").access("limited-mobility")
                    .forWhom("older-people", "adults").weekly(List.of("MO,TU,WE,TH,FR"), times("10:00"), 360)
                    .price(1.0, null, null, null, null).at(VenueKind.OFFICE).boroughWide("phone").build(),
            activity("befriending-visits", "Befriending visits", "Home visiting befriending", "Volunteer home visits")
                    .describe("A trained volunteer visits you at home for a cup of tea and a chat every week, and can help you get "
                            + "out to local groups when you feel ready.")
                    .needs("befriending", "loneliness-social-connection").access("limited-mobility").forWhom("older-people")
                    .minimumAge(60).weekly(List.of("MO,TU,WE,TH,FR"), times("09:30"), 420).price(1.0, null, null, null, null)
                    .at(VenueKind.OFFICE).boroughWide("in_person").build(),
            activity("bereavement", "Bereavement support group", "Coping with loss group", "Bereavement café")
                    .describe("A gentle, welcoming group for anyone who has lost someone close, however long ago. Talk, listen or "
                            + "just have a cup of tea with people who understand. Trained volunteers are there to help.")
                    .needs("bereavement", "mental-wellbeing", "peer-support").access("step-free", "hearing-loop")
                    .forWhom("adults").minimumAge(18).monthly(WEEKDAYS, times("10:30", "14:00", "18:30"), 90)
                    .price(1.0, null, null, null, null).at(VenueKind.CHURCH_HALL, VenueKind.CAFE, VenueKind.COMMUNITY_CENTRE).build(),
            activity("carers-group", "Carers' group", "Carers' coffee morning", "Carers' support group")
                    .describe("Time for you if you look after someone: a relative, partner or friend. Meet other carers, find out "
                            + "about breaks, benefits and carer's assessments, or just have some time out.")
                    .needs("carers", "peer-support").access("step-free", "hearing-loop", "accessible-toilet").forWhom("carers")
                    .monthly(WEEKDAYS, times("10:00", "13:30", "18:30"), 120).price(1.0, null, null, null, null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.CAFE, VenueKind.LIBRARY).build(),
            activity("dementia-cafe", "Memory café", "Dementia café")
                    .describe("A relaxed café for people living with dementia or memory problems and the people who care for them. "
                            + "Music, reminiscence and a cuppa, with advice from people who know about dementia.")
                    .needs("loneliness-social-connection", "carers")
                    .access("step-free", "wheelchair-accessible", "accessible-toilet", "hearing-loop", "seated-options")
                    .forWhom("dementia", "carers", "older-people").monthly(WEEKDAYS, times("10:30", "14:00"), 120)
                    .price(0.6, "1.00", "2.00", "a session", null)
                    .at(VenueKind.METHODIST_CHURCH, VenueKind.CHURCH_HALL, VenueKind.CAFE).build(),
            activity("lunch-club", "Lunch club", "Friendship lunch club", "Over 60s lunch club")
                    .describe("A two-course hot lunch and good company, with a quiz or bingo afterwards. Transport can be arranged "
                            + "for people who cannot get there on their own.")
                    .needs("loneliness-social-connection", "food")
                    .access("step-free", "wheelchair-accessible", "accessible-toilet", "seated-options").forWhom("older-people")
                    .minimumAge(60).weekly(WEEKDAYS, times("12:00"), 150).price(0.05, "4.00", "6.00", "a meal", null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.METHODIST_CHURCH, VenueKind.CHURCH_HALL, VenueKind.VILLAGE_HALL).build(),
            activity("coffee-morning", "Friendship coffee morning", "Drop-in coffee morning", "Friendship group")
                    .describe("Drop in for a hot drink, a biscuit and a chat with friendly faces. A good first step if you have "
                            + "moved to the area, lost touch with people or just fancy some company.")
                    .needs("loneliness-social-connection").access("step-free", "seated-options", "accessible-toilet")
                    .forWhom("adults").weekly(WEEKDAYS, times("10:00", "10:30"), 120).price(0.4, "1.00", "1.50", "a session", null)
                    .at(VenueKind.CHURCH_HALL, VenueKind.COMMUNITY_CENTRE, VenueKind.CAFE, VenueKind.LIBRARY).build(),
            activity("community-transport", "Community transport", "Dial-a-ride", "Door-to-door minibus")
                    .describe("A door-to-door minibus for people who find buses hard to use because of age, illness or disability: "
                            + "to the shops, appointments, groups and days out. Wheelchair-accessible vehicles with tail-lifts. "
                            + "Book by phone the day before.")
                    .needs("transport").access("wheelchair-accessible", "limited-mobility").forWhom("older-people", "disabled-people")
                    .weekly(List.of("MO,TU,WE,TH,FR"), times("09:00"), 420).price(0.0, "2.00", "4.00", "a journey", null)
                    .at(VenueKind.OFFICE).boroughWide("in_person").build(),
            activity("debt-advice", "Debt and benefits advice", "Money advice drop-in", "Benefits check and money advice")
                    .describe("Free, confidential help with debts, benefits, bills and budgeting. We can check you are getting "
                            + "everything you are entitled to and help fill in forms. Bring any letters you have.")
                    .needs("money-debt").access("step-free", "accessible-toilet").forWhom("adults").minimumAge(18)
                    .weekly(WEEKDAYS, times("09:30", "13:00"), 180).price(1.0, null, null, null, null)
                    .at(VenueKind.OFFICE, VenueKind.LIBRARY, VenueKind.COMMUNITY_CENTRE).build(),
            activity("housing-advice", "Housing and warm homes advice", "Keeping warm and housing help")
                    .describe("Help with damp, cold homes, energy bills, repairs and problems with your landlord, and grants for "
                            + "insulation and heating. Home visits for people who cannot get out.")
                    .needs("housing", "money-debt").access("step-free").forWhom("adults").minimumAge(18)
                    .weekly(WEEKDAYS, times("10:00", "13:30"), 180).price(1.0, null, null, null, null)
                    .at(VenueKind.OFFICE, VenueKind.LIBRARY).build(),
            activity("food-bank", "Food bank", "Emergency food parcels")
                    .describe("Emergency food parcels for people in crisis. Come along for a parcel, a hot drink and help with money, "
                            + "housing and more. Referral vouchers are welcome but not always needed.")
                    .needs("food", "money-debt").access("step-free").forWhom("adults", "families")
                    .weekly(List.of("MO", "WE", "FR"), times("10:00", "12:00"), 120).price(1.0, null, null, null, null)
                    .at(VenueKind.CHURCH_HALL, VenueKind.COMMUNITY_CENTRE).build(),
            activity("pantry", "Community pantry", "Community grocery", "Pay-as-you-feel pantry")
                    .describe("Choose your own food and household items for a small weekly membership fee, worth much more than you "
                            + "pay: fresh fruit and veg, tins and toiletries. Everyone living locally is welcome.")
                    .needs("food").access("step-free", "wheelchair-accessible").forWhom("adults", "families")
                    .weekly(WEEKDAYS, times("10:00", "13:00", "15:30"), 120).price(0.0, "3.50", "5.00", "a week", null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.CHURCH_HALL).build(),
            activity("community-cafe", "Community café", "Pay-as-you-feel café")
                    .describe("Home-made soup, sandwiches and cake at prices anyone can afford, or pay what you can. A warm, "
                            + "friendly place to sit as long as you like.")
                    .needs("food", "loneliness-social-connection").access("step-free", "wheelchair-accessible", "accessible-toilet")
                    .forWhom("adults", "families").weekly(WEEKDAYS, times("10:00", "11:30"), 240)
                    .price(0.5, "1.00", "2.50", "a meal", null).at(VenueKind.CAFE, VenueKind.COMMUNITY_CENTRE).build(),
            activity("cooking", "Cooking on a budget", "Cook and eat sessions")
                    .describe("Learn to cook tasty, healthy meals for less, then sit down and eat together. All ingredients provided "
                            + "and recipes to take home.")
                    .needs("food", "employment-learning").access("step-free").forWhom("adults", "families")
                    .weekly(WEEKDAYS, times("10:00", "17:30"), 120).price(0.8, "1.00", "2.00", "a session", null)
                    .at(VenueKind.COMMUNITY_CENTRE).build(),
            activity("choir", "Community choir", "Singing for fun", "Singing for better breathing")
                    .describe("Sing together for the joy of it: pop songs, folk and old favourites. No auditions and no need to read "
                            + "music; the words are handed out. Singing is good for your breathing, your mood and meeting people.")
                    .needs("arts-creativity", "loneliness-social-connection", "mental-wellbeing")
                    .access("step-free", "seated-options", "hearing-loop").forWhom("adults")
                    .weekly(WEEKDAYS, times("13:30", "19:00", "19:30"), 90).price(0.25, "2.00", "4.00", "a session", 12)
                    .at(VenueKind.METHODIST_CHURCH, VenueKind.CHURCH_HALL, VenueKind.COMMUNITY_CENTRE).build(),
            activity("craft-group", "Craft group", "Knit and natter", "Crafty afternoons")
                    .describe("Bring your knitting, crochet or sewing, or try something new with our shared materials. A relaxed, "
                            + "chatty group; beginners very welcome.")
                    .needs("arts-creativity", "loneliness-social-connection").access("step-free", "seated-options")
                    .forWhom("adults").weekly(WEEKDAYS, DAYTIME, 120).price(0.35, "1.00", "2.00", "a session", null)
                    .at(VenueKind.LIBRARY, VenueKind.COMMUNITY_CENTRE, VenueKind.CAFE, VenueKind.CHURCH_HALL).build(),
            activity("art-group", "Art group", "Drawing and painting for beginners", "Art for wellbeing")
                    .describe("Relaxed drawing and painting sessions with a friendly tutor. All materials provided. No experience "
                            + "needed: it is about enjoying it, not being good at it.")
                    .needs("arts-creativity", "mental-wellbeing").access("step-free", "seated-options").forWhom("adults")
                    .weekly(WEEKDAYS, times("10:00", "13:30", "18:30"), 120).price(0.3, "3.00", "5.00", "a session", 10)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.LIBRARY, VenueKind.VILLAGE_HALL).build(),
            activity("digital-skills", "Digital skills drop-in", "Get online help", "Tablet and smartphone help")
                    .describe("Bring your phone, tablet or laptop, or borrow one of ours, and get one-to-one help from a patient "
                            + "volunteer: video calls, the NHS App, online shopping and staying safe online.")
                    .needs("digital-skills").access("step-free", "wheelchair-accessible", "hearing-loop").forWhom("adults")
                    .weekly(WEEKDAYS, times("10:00", "13:30"), 120).price(1.0, null, null, null, null)
                    .at(VenueKind.LIBRARY, VenueKind.COMMUNITY_CENTRE).build(),
            activity("volunteering", "Volunteering opportunities", "Volunteer with us", "Volunteer taster sessions")
                    .describe("Find a volunteering role that suits you: gardening, driving, befriending, cafés and events. Chat to us "
                            + "about what you enjoy and how much time you have. Expenses paid.")
                    .needs("volunteering", "employment-learning").access("step-free").forWhom("adults").minimumAge(16)
                    .weekly(WEEKDAYS, times("10:00", "13:00"), 180).price(1.0, null, null, null, null)
                    .at(VenueKind.OFFICE, VenueKind.LIBRARY).build(),
            activity("mh-peer", "Mental health peer support group", "Talking and listening group", "Wellbeing peer support")
                    .describe("A safe, friendly space to talk about how you are feeling with people who have been there too. Run by "
                            + "trained peer supporters. Come when you can; you do not have to talk.")
                    .needs("peer-support", "mental-wellbeing").access("step-free").forWhom("adults").minimumAge(18)
                    .weekly(WEEKDAYS, times("13:00", "18:00", "18:30"), 90).price(1.0, null, null, null, null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.LIBRARY, VenueKind.CAFE).build(),
            activity("diabetes-group", "Diabetes support group", "Living well with diabetes")
                    .describe("Meet others living with type 1 or type 2 diabetes, share what works, and hear from nurses and "
                            + "dietitians about food, feet and staying well.")
                    .needs("long-term-conditions", "peer-support").access("step-free", "hearing-loop", "accessible-toilet")
                    .forWhom("long-term-conditions", "adults").monthly(WEEKDAYS, times("14:00", "18:30"), 90)
                    .price(0.7, "1.00", "1.00", "a session", null).at(VenueKind.COMMUNITY_CENTRE, VenueKind.HEALTH_CENTRE).build(),
            activity("breathing-group", "Better breathing group", "Breathing easier group (COPD)")
                    .describe("For people with COPD, asthma and other lung conditions: gentle exercise, singing for breathing, "
                            + "and support from people who know what it is like to be short of breath.")
                    .needs("long-term-conditions", "peer-support", "physical-activity")
                    .access("step-free", "seated-options", "accessible-parking").forWhom("long-term-conditions", "adults")
                    .monthly(WEEKDAYS, times("13:30", "14:00"), 90).price(0.8, "1.00", "1.00", "a session", null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.METHODIST_CHURCH).build(),
            activity("heart-group", "Heart support group", "Cardiac support and exercise")
                    .describe("Support and gentle exercise for people living with a heart condition or getting back to normal after "
                            + "a heart attack or surgery, and for their partners.")
                    .needs("long-term-conditions", "peer-support", "physical-activity")
                    .access("step-free", "seated-options", "accessible-toilet").forWhom("long-term-conditions", "adults")
                    .weekly(WEEKDAYS, times("10:00", "14:00"), 90).price(0.3, "2.00", "3.00", "a session", null)
                    .at(VenueKind.LEISURE_CENTRE, VenueKind.COMMUNITY_CENTRE).build(),
            activity("stroke-club", "Stroke club", "Life after stroke group")
                    .describe("A friendly club for stroke survivors and their families: talking, games, gentle exercise and days out, "
                            + "with help for speech and memory at your own pace.")
                    .needs("long-term-conditions", "peer-support", "loneliness-social-connection")
                    .access("wheelchair-accessible", "step-free", "accessible-toilet", "seated-options")
                    .forWhom("long-term-conditions", "disabled-people", "adults").weekly(WEEKDAYS, AFTERNOONS, 120)
                    .price(0.6, "1.00", "2.00", "a session", null).at(VenueKind.COMMUNITY_CENTRE, VenueKind.METHODIST_CHURCH).build(),
            activity("womens-wellbeing", "Women's wellbeing group", "Women's coffee and chat")
                    .describe("A relaxed group for women to meet, talk, try gentle exercise and learn about health and wellbeing, "
                            + "with a crèche some weeks.")
                    .needs("loneliness-social-connection", "mental-wellbeing").access("step-free", "accessible-toilet")
                    .forWhom("women", "adults").weekly(WEEKDAYS, times("10:00", "13:00"), 120).price(1.0, null, null, null, null)
                    .at(VenueKind.COMMUNITY_CENTRE).build(),
            activity("polish-dropin", "Polish community drop-in", "Help and advice in Polish")
                    .describe("Friendly help in Polish and English with forms, letters, benefits, health services and finding your "
                            + "way around, and a chance to meet others.")
                    .needs("loneliness-social-connection", "money-debt").access("step-free").forWhom("adults", "families")
                    .weekly(List.of("TH", "SA"), times("10:00", "17:00"), 150).price(1.0, null, null, null, null)
                    .at(VenueKind.COMMUNITY_CENTRE, VenueKind.LIBRARY).build())
            .collect(Collectors.toUnmodifiableMap(Activity::key, a -> a));

    /** Kinds of organisation. {@code {area}} is a locality or valley name, {@code {saint}} a church's saint. */
    static final List<OrganisationKind> ORGANISATION_KINDS = List.of(
            kind("active-ageing", List.of("{area} Active Ageing", "{area} Over 50s Activity Group"),
                    "keeps people in later life active, steady on their feet and in good company",
                    List.of("chair-exercise", "strength-balance", "tai-chi", "tea-dance", "health-walk"), true),
            kind("walking", List.of("{area} Health Walks", "{area} Walking Friends"),
                    "runs free, led walks for all abilities",
                    List.of("health-walk", "mens-walk", "park-5k"), false),
            kind("sports-trust", List.of("{area} Sports Community Trust", "{area} Football in the Community"),
                    "uses sport to bring people together and improve health",
                    List.of("walking-football", "gym-mobility", "park-5k", "heart-group"), true),
            kind("joints", List.of("{area} Arthritis and Joint Pain Group", "{area} Back and Joint Care"),
                    "supports people living with arthritis, back pain and other joint and muscle conditions",
                    List.of("arthritis-group", "back-class", "chair-yoga", "pain-course", "aqua-therapy"), true),
            kind("leisure", List.of("{area} Active Living", "{area} Leisure and Wellbeing Trust"),
                    "runs gym, pool and exercise sessions for people who are not sure where to start",
                    List.of("gym-mobility", "aqua-therapy", "aqua-aerobics", "strength-balance", "back-class"), false),
            kind("community-association", List.of("{area} Community Association", "{area} Community Centre"),
                    "runs a community centre with activities for everyone",
                    List.of("lunch-club", "craft-group", "digital-skills", "coffee-morning", "chair-exercise", "cooking"), true),
            kind("church", List.of("St {saint}'s Community Hub, {area}", "{area} Methodist Church Community Projects"),
                    "opens its doors to everyone, of any faith or none,",
                    List.of("lunch-club", "dementia-cafe", "pantry", "bereavement", "coffee-morning", "food-bank"), true),
            kind("carers", List.of("{area} Carers' Circle", "{area} Carers Together"),
                    "supports unpaid carers (people who look after a relative, partner or friend)",
                    List.of("carers-group", "befriending-phone", "bereavement"), true),
            kind("neighbours", List.of("{area} Good Neighbours", "{area} Befriending Scheme"),
                    "matches volunteers with older and isolated neighbours",
                    List.of("befriending-phone", "befriending-visits", "lunch-club", "community-transport"), true),
            kind("wellbeing", List.of("{area} Wellbeing Network", "{area} Talking Space"),
                    "offers peer support and creative activities for mental wellbeing",
                    List.of("mh-peer", "mens-walk", "art-group", "community-garden"), true),
            kind("advice", List.of("{area} Money Advice Centre", "{area} Advice Project"),
                    "gives free, independent advice about money, benefits and housing",
                    List.of("debt-advice", "housing-advice", "digital-skills"), true),
            kind("food", List.of("{area} Food Bank", "{area} Community Kitchen"),
                    "makes sure nobody locally goes hungry",
                    List.of("food-bank", "pantry", "community-cafe", "cooking"), true),
            kind("arts", List.of("{area} Community Choir", "{area} Art Society", "{area} Creative Wellbeing"),
                    "brings people together through singing, art and making",
                    List.of("choir", "art-group", "craft-group"), false),
            kind("nature", List.of("{area} Community Garden", "{area} Allotment Society", "{area} Green Volunteers"),
                    "gets people outdoors growing food and caring for green spaces",
                    List.of("community-garden", "allotment", "conservation"), false),
            kind("shed", List.of("{area} Men's Shed"),
                    "runs a community workshop for making, mending and company",
                    List.of("mens-shed", "mens-walk"), true),
            kind("transport", List.of("{area} Community Transport", "{area} Dial-a-Ride"),
                    "provides accessible transport for people who cannot easily use buses",
                    List.of("community-transport", "volunteering"), true),
            kind("cycling", List.of("{area} Cycling for All"),
                    "makes cycling possible for disabled people and anyone who thinks it is not for them",
                    List.of("cycling"), true),
            kind("conditions", List.of("{area} Long-Term Conditions Support", "{area} Living Well Groups"),
                    "runs peer support groups for people living with long-term health conditions",
                    List.of("diabetes-group", "breathing-group", "heart-group", "stroke-club", "chair-exercise"), true),
            kind("digital", List.of("{area} Digital Buddies"),
                    "helps people get online with patience and without jargon",
                    List.of("digital-skills"), false),
            kind("volunteer-centre", List.of("{area} Volunteer Centre"),
                    "connects people who want to volunteer with local groups that need them",
                    List.of("volunteering", "community-transport"), true),
            kind("memory", List.of("{area} Memory Café"),
                    "supports people living with dementia and the people who care for them",
                    List.of("dementia-cafe", "carers-group"), false),
            kind("tai-chi", List.of("{area} Tai Chi Club"),
                    "teaches tai chi for health and balance",
                    List.of("tai-chi"), false));

    private static OrganisationKind kind(String key, List<String> patterns, String about, List<String> activities,
            boolean charity) {
        return new OrganisationKind(key, patterns, about, activities, charity);
    }

    static List<LocalTime> times(String... times) {
        return Stream.of(times).map(LocalTime::parse).toList();
    }

    private static ActivityBuilder activity(String key, String... names) {
        return new ActivityBuilder(key, List.of(names));
    }

    private static final class ActivityBuilder {

        private final String key;
        private final List<String> names;
        private String description;
        private List<String> needs = List.of();
        private List<String> access = List.of();
        private List<String> eligibility = List.of();
        private Integer minimumAge;
        private boolean monthly;
        private List<String> days = List.of();
        private List<LocalTime> starts = List.of();
        private int minutes;
        private double freeChance;
        private BigDecimal minimumPrice;
        private BigDecimal maximumPrice;
        private String priceUnit;
        private Integer termWeeks;
        private final List<VenueKind> venues = new ArrayList<>();
        private boolean boroughWide;
        private String attending = "in_person";

        ActivityBuilder(String key, List<String> names) {
            this.key = key;
            this.names = names;
        }

        ActivityBuilder describe(String text) {
            description = text;
            return this;
        }

        ActivityBuilder needs(String... codes) {
            needs = List.of(codes);
            return this;
        }

        ActivityBuilder access(String... codes) {
            access = List.of(codes);
            return this;
        }

        ActivityBuilder forWhom(String... codes) {
            eligibility = List.of(codes);
            return this;
        }

        ActivityBuilder minimumAge(int age) {
            minimumAge = age;
            return this;
        }

        ActivityBuilder weekly(List<String> days, List<LocalTime> starts, int minutes) {
            this.days = days;
            this.starts = starts;
            this.minutes = minutes;
            return this;
        }

        ActivityBuilder monthly(List<String> days, List<LocalTime> starts, int minutes) {
            monthly = true;
            return weekly(days, starts, minutes);
        }

        ActivityBuilder price(double freeChance, String minimum, String maximum, String unit, Integer termWeeks) {
            this.freeChance = freeChance;
            this.minimumPrice = minimum == null ? null : new BigDecimal(minimum);
            this.maximumPrice = maximum == null ? null : new BigDecimal(maximum);
            this.priceUnit = unit;
            this.termWeeks = termWeeks;
            return this;
        }

        ActivityBuilder at(VenueKind... kinds) {
            venues.addAll(List.of(kinds));
            return this;
        }

        ActivityBuilder boroughWide(String attendingType) {
            boroughWide = true;
            attending = attendingType;
            return this;
        }

        Activity build() {
            return new Activity(key, names, description, needs, access, eligibility, minimumAge, monthly, days, starts,
                    minutes, freeChance, minimumPrice, maximumPrice, priceUnit, termWeeks, List.copyOf(venues), boroughWide,
                    attending);
        }
    }
}
