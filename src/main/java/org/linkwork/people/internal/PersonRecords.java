package org.linkwork.people.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkwork.people.ContactMethod;
import org.linkwork.people.EthnicCategory;
import org.linkwork.people.LongTermCondition;
import org.linkwork.people.NhsNumber;
import org.linkwork.people.Person;
import org.linkwork.people.PersonId;
import org.linkwork.people.Sex;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person table. Nothing here audits or checks access: {@link PeopleService} does, and is the only
 * user of this class.
 */
@Repository
class PersonRecords {

    private static final String COLUMNS = """
            id, place_id, given_name, family_name, preferred_name, birth_date, nhs_number, address_line1,
            address_line2, town, postcode, ward_code, lsoa_code, phone, mobile, email, contact_methods,
            contact_times, sex, gender, ethnicity, main_language, interpreter_needed, accessible_information_needs,
            long_term_conditions, gp_practice_code, gp_practice_name, version
            """;

    /** What duplicate detection compares: no more than that is loaded. */
    record Candidate(PersonId id, Person.Name name, LocalDate birthDate, Optional<String> nhsNumber,
            Optional<String> postcode) {

        Optional<String> outwardCode() {
            return postcode.map(p -> p.split(" ")[0]);
        }
    }

    private static final String INSERT = """
            insert into person (id, place_id, given_name, family_name, preferred_name, birth_date, nhs_number,
                address_line1, address_line2, town, postcode, ward_code, lsoa_code, phone, mobile, email,
                contact_methods, contact_times, sex, gender, ethnicity, main_language, interpreter_needed,
                accessible_information_needs, long_term_conditions, gp_practice_code, gp_practice_name, created_by)
            values (:id, :placeId, :given, :family, :preferred, :birthDate, :nhsNumber,
                :line1, :line2, :town, :postcode, :wardCode, :lsoaCode, :phone, :mobile, :email,
                cast(:methods as text[]), :times, :sex, :gender, :ethnicity, :language, :interpreter,
                :accessibleInformation, cast(:conditions as text[]), :gpCode, :gpName, :createdBy)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    PersonRecords(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void insert(Person person, String createdBy) {
        jdbc.sql(INSERT)
                .params(parameters(person))
                .param("createdBy", createdBy)
                .update();
    }

    /** Inserts the records in one JDBC batch, which the driver sends in one round trip. */
    void insertAll(List<Person> people, String createdBy) {
        if (people.isEmpty()) {
            return;
        }
        batches.batchUpdate(INSERT, people.stream()
                .map(p -> (SqlParameterSource) new MapSqlParameterSource(parameters(p)).addValue("createdBy", createdBy))
                .toArray(SqlParameterSource[]::new));
    }

    /** Saves the record if it is still at {@code expectedVersion}; false when it is not (or was merged). */
    boolean update(Person person, int expectedVersion) {
        return jdbc.sql("""
                update person set place_id = :placeId, given_name = :given, family_name = :family,
                    preferred_name = :preferred, birth_date = :birthDate, nhs_number = :nhsNumber,
                    address_line1 = :line1, address_line2 = :line2, town = :town, postcode = :postcode,
                    ward_code = :wardCode, lsoa_code = :lsoaCode, phone = :phone, mobile = :mobile, email = :email,
                    contact_methods = cast(:methods as text[]), contact_times = :times, sex = :sex, gender = :gender,
                    ethnicity = :ethnicity, main_language = :language, interpreter_needed = :interpreter,
                    accessible_information_needs = :accessibleInformation,
                    long_term_conditions = cast(:conditions as text[]), gp_practice_code = :gpCode,
                    gp_practice_name = :gpName, updated_at = now(), version = version + 1
                where id = :id and version = :expectedVersion and merged_into is null
                """)
                .params(parameters(person))
                .param("expectedVersion", expectedVersion)
                .update() == 1;
    }

    Optional<Person> find(PersonId id) {
        return jdbc.sql("select " + COLUMNS + " from person where id = :id")
                .param("id", id.value())
                .query((rs, row) -> person(rs))
                .optional();
    }

    /** A record as it stands now, and whether its processing is restricted. */
    record Live(Person person, boolean restricted) {
    }

    /** The records that stand for these ids now (themselves, or those they were merged into), by the id asked for. */
    Map<PersonId, Live> findLive(Collection<PersonId> ids) {
        Map<PersonId, Live> found = new java.util.HashMap<>();
        jdbc.sql("select q.asked, " + COLUMNS + ", restricted_since is not null as restricted "
                        + "from (select id as asked, coalesce(merged_into, id) as live from person where id = any(:ids)) q "
                        + "join person on person.id = q.live")
                .param("ids", ids.stream().map(PersonId::value).toArray(UUID[]::new))
                .query(rs -> {
                    found.put(new PersonId(rs.getObject("asked", UUID.class)),
                            new Live(person(rs), rs.getBoolean("restricted")));
                });
        return found;
    }

    /** The record that stands for this id now: itself, or the one it was merged into. */
    Optional<PersonId> resolve(PersonId id) {
        return jdbc.sql("select coalesce(merged_into, id) from person where id = :id")
                .param("id", id.value())
                .query(UUID.class)
                .optional()
                .map(PersonId::new);
    }

    Optional<Integer> version(PersonId id) {
        return jdbc.sql("select version from person where id = :id and merged_into is null")
                .param("id", id.value())
                .query(Integer.class)
                .optional();
    }

    /** Records not merged away with this NHS number, oldest first. */
    List<Candidate> withNhsNumber(String nhsNumber) {
        return jdbc.sql("""
                select id, given_name, family_name, preferred_name, birth_date, nhs_number, postcode from person
                where nhs_number = :nhsNumber and merged_into is null order by created_at, id
                """)
                .param("nhsNumber", nhsNumber)
                .query((rs, row) -> candidate(rs))
                .list();
    }

    /** Records not merged away with any of these NHS numbers, by number, each list oldest first. */
    Map<String, List<Candidate>> withNhsNumbers(Collection<String> nhsNumbers) {
        if (nhsNumbers.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select id, given_name, family_name, preferred_name, birth_date, nhs_number, postcode from person
                where nhs_number = any(cast(:nhsNumbers as text[])) and merged_into is null order by created_at, id
                """)
                .param("nhsNumbers", arrayLiteral(nhsNumbers.stream()))
                .query((rs, row) -> candidate(rs))
                .list().stream()
                .collect(Collectors.groupingBy(c -> c.nhsNumber().orElseThrow(), Collectors.toList()));
    }

    /** Records not merged away of people born on any of these days, by day, each list oldest first. */
    Map<LocalDate, List<Candidate>> bornOnAny(Collection<LocalDate> birthDates) {
        if (birthDates.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select id, given_name, family_name, preferred_name, birth_date, nhs_number, postcode from person
                where birth_date = any(cast(:birthDates as date[])) and merged_into is null order by created_at, id
                """)
                .param("birthDates", arrayLiteral(birthDates.stream().map(LocalDate::toString)))
                .query((rs, row) -> candidate(rs))
                .list().stream()
                .collect(Collectors.groupingBy(Candidate::birthDate, Collectors.toList()));
    }

    /** Records not merged away of people born on this day. */
    List<Candidate> bornOn(LocalDate birthDate) {
        return jdbc.sql("""
                select id, given_name, family_name, preferred_name, birth_date, nhs_number, postcode from person
                where birth_date = :birthDate and merged_into is null order by created_at, id
                """)
                .param("birthDate", birthDate)
                .query((rs, row) -> candidate(rs))
                .list();
    }

    /**
     * Serialises registrations and changes that could find each other as duplicates: those of people
     * born on the same day, and those with the same NHS number. Held until the transaction ends.
     */
    void lockForDuplicateDetection(LocalDate birthDate, Optional<NhsNumber> nhsNumber) {
        jdbc.sql("select pg_advisory_xact_lock(30, hashtext(:key))").param("key", birthDate.toString())
                .query((rs, row) -> 1).list();
        nhsNumber.ifPresent(n -> jdbc.sql("select pg_advisory_xact_lock(31, hashtext(:key))")
                .param("key", n.value()).query((rs, row) -> 1).list());
    }

    /**
     * {@link #lockForDuplicateDetection(LocalDate, Optional)} for many registrations at once, in one
     * statement. The locks are taken in one order (class, then key) so that two batches, or a batch and
     * a single registration, cannot deadlock on them.
     */
    void lockForDuplicateDetection(Collection<LocalDate> birthDates, Collection<String> nhsNumbers) {
        jdbc.sql("""
                select pg_advisory_xact_lock(lock_class, lock_key) from (
                    select 30 as lock_class, hashtext(k) as lock_key from unnest(cast(:birthDates as text[])) k
                    union
                    select 31, hashtext(k) from unnest(cast(:nhsNumbers as text[])) k
                    order by 1, 2) keys
                """)
                .param("birthDates", arrayLiteral(birthDates.stream().map(LocalDate::toString)))
                .param("nhsNumbers", arrayLiteral(nhsNumbers.stream()))
                .query((rs, row) -> 1).list();
    }

    /** Locks both records' rows for a merge, in a fixed order so that two merges cannot deadlock. */
    List<PersonId> lockLive(PersonId a, PersonId b) {
        return jdbc.sql("""
                select id from person where id in (:a, :b) and merged_into is null order by id for update
                """)
                .param("a", a.value())
                .param("b", b.value())
                .query(UUID.class)
                .list().stream().map(PersonId::new).toList();
    }

    /**
     * Marks {@code duplicate} as merged into {@code keep}, makes records earlier merged into the
     * duplicate lead straight to {@code keep}, and gives {@code keep} what it lacks from the duplicate.
     */
    void merge(PersonId keep, PersonId duplicate, String mergedBy) {
        jdbc.sql("""
                update person k set
                    nhs_number = coalesce(k.nhs_number, d.nhs_number),
                    preferred_name = coalesce(k.preferred_name, d.preferred_name),
                    address_line1 = case when k.address_line1 is null and k.postcode is null then d.address_line1 else k.address_line1 end,
                    address_line2 = case when k.address_line1 is null and k.postcode is null then d.address_line2 else k.address_line2 end,
                    town = case when k.address_line1 is null and k.postcode is null then d.town else k.town end,
                    ward_code = case when k.postcode is null then d.ward_code else k.ward_code end,
                    lsoa_code = case when k.postcode is null then d.lsoa_code else k.lsoa_code end,
                    postcode = coalesce(k.postcode, d.postcode),
                    phone = coalesce(k.phone, d.phone),
                    mobile = coalesce(k.mobile, d.mobile),
                    email = coalesce(k.email, d.email),
                    contact_methods = case when cardinality(k.contact_methods) = 0 then d.contact_methods else k.contact_methods end,
                    contact_times = coalesce(k.contact_times, d.contact_times),
                    sex = coalesce(k.sex, d.sex),
                    gender = coalesce(k.gender, d.gender),
                    ethnicity = coalesce(k.ethnicity, d.ethnicity),
                    main_language = coalesce(k.main_language, d.main_language),
                    interpreter_needed = k.interpreter_needed or d.interpreter_needed,
                    accessible_information_needs = coalesce(k.accessible_information_needs, d.accessible_information_needs),
                    long_term_conditions = array(select distinct c from unnest(k.long_term_conditions || d.long_term_conditions) c order by c),
                    gp_practice_code = case when k.gp_practice_code is null and k.gp_practice_name is null then d.gp_practice_code else k.gp_practice_code end,
                    gp_practice_name = case when k.gp_practice_code is null and k.gp_practice_name is null then d.gp_practice_name else k.gp_practice_name end,
                    updated_at = now(), version = k.version + 1
                from person d where k.id = :keep and d.id = :duplicate
                """)
                .param("keep", keep.value())
                .param("duplicate", duplicate.value())
                .update();
        jdbc.sql("""
                update person set merged_into = :keep, updated_at = now(), version = version + 1
                where merged_into = :duplicate
                """)
                .param("keep", keep.value())
                .param("duplicate", duplicate.value())
                .update();
        jdbc.sql("""
                update person set merged_into = :keep, merged_at = now(), merged_by = :mergedBy, updated_at = now(),
                    version = version + 1
                where id = :duplicate
                """)
                .param("keep", keep.value())
                .param("duplicate", duplicate.value())
                .param("mergedBy", mergedBy)
                .update();
    }

    private static java.util.Map<String, Object> parameters(Person person) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", person.id().value());
        p.put("placeId", person.placeId());
        p.put("given", person.name().given());
        p.put("family", person.name().family());
        p.put("preferred", person.name().preferred());
        p.put("birthDate", person.birthDate());
        p.put("nhsNumber", person.nhsNumber().map(NhsNumber::value).orElse(null));
        p.put("line1", person.address().line1());
        p.put("line2", person.address().line2());
        p.put("town", person.address().town());
        p.put("postcode", person.address().postcode());
        p.put("wardCode", person.area().wardCode().orElse(null));
        p.put("lsoaCode", person.area().lsoaCode().orElse(null));
        p.put("phone", person.contact().phone());
        p.put("mobile", person.contact().mobile());
        p.put("email", person.contact().email());
        p.put("methods", arrayLiteral(person.contact().methods().stream().map(Enum::name)));
        p.put("times", person.contact().times());
        p.put("sex", person.demographics().sex().map(Enum::name).orElse(null));
        p.put("gender", person.demographics().gender());
        p.put("ethnicity", person.demographics().ethnicity().map(Enum::name).orElse(null));
        p.put("language", person.demographics().mainLanguage());
        p.put("interpreter", person.demographics().interpreterNeeded());
        p.put("accessibleInformation", person.demographics().accessibleInformationNeeds());
        p.put("conditions", arrayLiteral(person.longTermConditions().stream().map(Enum::name)));
        p.put("gpCode", person.gpPractice().map(Person.GpPractice::odsCode).orElse(null));
        p.put("gpName", person.gpPractice().map(Person.GpPractice::name).orElse(null));
        return p;
    }

    /** A PostgreSQL array literal of values that need no quoting: enum names, dates, digits, UUIDs. */
    private static String arrayLiteral(java.util.stream.Stream<String> names) {
        return names.sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static Person person(ResultSet rs) throws SQLException {
        String gpCode = rs.getString("gp_practice_code");
        String gpName = rs.getString("gp_practice_name");
        return new Person(new PersonId(rs.getObject("id", UUID.class)), rs.getString("place_id"),
                new Person.Name(rs.getString("given_name"), rs.getString("family_name"),
                        rs.getString("preferred_name")),
                rs.getObject("birth_date", LocalDate.class),
                Optional.ofNullable(rs.getString("nhs_number")).map(NhsNumber::new),
                new Person.Address(rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("town"),
                        rs.getString("postcode")),
                new Person.Area(Optional.ofNullable(rs.getString("ward_code")),
                        Optional.ofNullable(rs.getString("lsoa_code"))),
                new Person.Contact(rs.getString("phone"), rs.getString("mobile"), rs.getString("email"),
                        enums(rs.getArray("contact_methods"), ContactMethod.class, ContactMethod::valueOf),
                        rs.getString("contact_times")),
                new Person.Demographics(Optional.ofNullable(rs.getString("sex")).map(Sex::valueOf),
                        rs.getString("gender"),
                        Optional.ofNullable(rs.getString("ethnicity")).map(EthnicCategory::valueOf),
                        rs.getString("main_language"), rs.getBoolean("interpreter_needed"),
                        rs.getString("accessible_information_needs")),
                enums(rs.getArray("long_term_conditions"), LongTermCondition.class, LongTermCondition::valueOf),
                gpCode == null && gpName == null ? Optional.empty() : Optional.of(new Person.GpPractice(gpCode, gpName)),
                rs.getInt("version"));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type, Function<String, E> valueOf)
            throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).map(Object::toString).map(valueOf).forEach(values::add);
        }
        return values;
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(new PersonId(rs.getObject("id", UUID.class)),
                new Person.Name(rs.getString("given_name"), rs.getString("family_name"), rs.getString("preferred_name")),
                rs.getObject("birth_date", LocalDate.class), Optional.ofNullable(rs.getString("nhs_number")),
                Optional.ofNullable(rs.getString("postcode")));
    }
}
