package org.linkwork.interop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linkwork.directory.Directory;
import org.linkwork.people.TestPeople;
import org.linkwork.referrals.OnwardReferral;
import org.linkwork.referrals.OnwardReferralStatus;
import org.linkwork.referrals.Reason;
import org.linkwork.referrals.ReasonCode;
import org.linkwork.referrals.Referrals;
import org.linkwork.referrals.TestOnwardReferrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FHIR R4 facade through HTTP, as other systems use it: its capability statement, a referral sent as
 * a transaction Bundle (the same checks, consent and idempotency as the JSON API), the referral and its
 * onward referrals read back as ServiceRequest and Tasks with the same access rules and audit, errors as
 * OperationOutcomes. Every successful answer passes the HAPI FHIR validator against base R4.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FhirServletInMockMvc.class)
class FhirApiTests {

    static final String PASSWORD = "demo-password";
    static final String FHIR_JSON = "application/fhir+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Referrals referrals;

    @Autowired
    Directory directory;

    @Autowired
    UserDetailsService users;

    MockHttpServletRequestBuilder postBundle(String user, String bundle) {
        MockHttpServletRequestBuilder request = post("/fhir").contentType(FHIR_JSON).content(bundle);
        return user == null ? request : request.with(httpBasic(user, PASSWORD));
    }

    MockHttpServletRequestBuilder read(String user, String path, Object... vars) {
        MockHttpServletRequestBuilder request = get(path, vars).accept(FHIR_JSON);
        return user == null ? request : request.with(httpBasic(user, PASSWORD));
    }

    JsonNode answer(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        JsonNode node = json.readTree(body);
        if (status < 300) {
            R4Validation.assertValid(body);
        } else {
            assertThat(node.get("resourceType").asString()).as(body).isEqualTo("OperationOutcome");
        }
        return node;
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The id in a location such as "ServiceRequest/{id}". */
    static String idIn(JsonNode entry) {
        String location = entry.get("response").get("location").asString();
        return location.substring(location.indexOf('/') + 1);
    }

    @Test
    void servesItsCapabilityStatementToAnyoneInJsonAndXml() throws Exception {
        JsonNode statement = answer(read(null, "/fhir/metadata"), 200);
        assertThat(statement.get("resourceType").asString()).isEqualTo("CapabilityStatement");
        assertThat(statement.get("fhirVersion").asString()).isEqualTo("4.0.1");
        List<String> types = statement.get("rest").get(0).get("resource").valueStream()
                .map(r -> r.get("type").asString()).toList();
        assertThat(types).contains("ServiceRequest", "Task");

        MockHttpServletResponse xml = mvc.perform(get("/fhir/metadata").accept("application/fhir+xml"))
                .andReturn().getResponse();
        assertThat(xml.getStatus()).isEqualTo(200);
        assertThat(xml.getContentType()).startsWith("application/fhir+xml");
        assertThat(xml.getContentAsString()).contains("<CapabilityStatement");
    }

    @Test
    void aReferrerSendsAReferralBundleAndReadsTheServiceRequestBack() throws Exception {
        long referralsBefore = count("referral");
        JsonNode response = answer(postBundle("referrer", TestBundles.referral("Ottoline")), 200);

        assertThat(response.get("type").asString()).isEqualTo("transaction-response");
        List<JsonNode> entries = response.get("entry").valueStream().toList();
        assertThat(entries).hasSize(4);
        assertThat(entries.get(0).get("response").get("status").asString()).isEqualTo("201 Created");
        assertThat(entries.get(0).get("response").get("location").asString()).startsWith("Patient/");
        assertThat(entries.get(2).get("response").get("status").asString()).isEqualTo("201 Created");
        assertThat(entries.get(2).get("response").get("location").asString()).startsWith("ServiceRequest/");
        assertThat(count("referral")).isEqualTo(referralsBefore + 1);
        String referralId = idIn(entries.get(2));
        String personId = idIn(entries.get(0));

        var stored = jdbc.sql("select source, urgency, reason, referred_by from referral where id = :id")
                .param("id", UUID.fromString(referralId)).query().singleRow();
        assertThat(stored.get("source")).isEqualTo("gp");
        assertThat(stored.get("urgency")).isEqualTo("soon");
        assertThat(stored.get("reason")).isEqualTo("Lonely since moving\nWould like to walk more");
        assertThat(stored.get("referred_by")).isEqualTo("api:referrer");
        assertThat(jdbc.sql("select count(*) from person_consent where person_id = :id and scope = 'REFERRAL' and given")
                .param("id", UUID.fromString(personId)).query(Integer.class).single()).isEqualTo(1);

        JsonNode request = answer(read("referrer", "/fhir/ServiceRequest/{id}", referralId), 200);
        assertThat(request.get("resourceType").asString()).isEqualTo("ServiceRequest");
        assertThat(request.get("id").asString()).isEqualTo(referralId);
        assertThat(request.get("status").asString()).isEqualTo("active");
        assertThat(request.get("priority").asString()).isEqualTo("urgent");
        assertThat(request.get("subject").get("reference").asString()).isEqualTo("Patient/" + personId);
        assertThat(request.get("category").valueStream().map(c -> c.get("coding").get(0).get("code").asString()))
                .containsExactlyInAnyOrder("walking", "loneliness-social-connection");
        assertThat(jdbc.sql("select actor from audit_event where action = 'referral.read' and subject_id = :id "
                + "and reason = 'FHIR ServiceRequest read'").param("id", referralId).query(String.class).list())
                .containsExactly("referrer");
    }

    @Test
    void takesABundleInXmlToo() throws Exception {
        String xml = """
                <Bundle xmlns="http://hl7.org/fhir"><type value="transaction"/>
                 <entry><fullUrl value="urn:uuid:0d0f4d7e-1111-4aaa-8bbb-000000000001"/><resource><Patient>
                   <identifier><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="%s"/></identifier>
                   <name><family value="Quillfeather"/><given value="Xanthe"/></name>
                   <birthDate value="%s"/><address><postalCode value="HX1 1UJ"/></address>
                 </Patient></resource><request><method value="POST"/><url value="Patient"/></request></entry>
                 <entry><fullUrl value="urn:uuid:0d0f4d7e-1111-4aaa-8bbb-000000000002"/><resource><ServiceRequest>
                   <status value="active"/><intent value="order"/><priority value="routine"/>
                   <subject><reference value="urn:uuid:0d0f4d7e-1111-4aaa-8bbb-000000000001"/></subject>
                   <reasonCode><text value="Would like company"/></reasonCode>
                 </ServiceRequest></resource><request><method value="POST"/><url value="ServiceRequest"/></request></entry>
                 <entry><resource><Consent><status value="active"/>
                   <scope><coding><system value="http://terminology.hl7.org/CodeSystem/consentscope"/><code value="treatment"/></coding></scope>
                   <category><coding><system value="http://loinc.org"/><code value="59284-0"/></coding></category>
                 </Consent></resource><request><method value="POST"/><url value="Consent"/></request></entry>
                </Bundle>""".formatted(TestPeople.nhsNumber(), TestPeople.birthDate());
        MockHttpServletResponse response = mvc.perform(post("/fhir").with(httpBasic("referrer", PASSWORD))
                .contentType("application/fhir+xml").accept("application/fhir+xml").content(xml)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("transaction-response", "ServiceRequest/");
        R4Validation.assertValid(response.getContentAsString());
    }

    @Test
    void aRetriedBundleAnswersWithTheReferralMadeTheFirstTime() throws Exception {
        String identifier = UUID.randomUUID().toString();
        String bundle = TestBundles.referral("Peregrine", TestPeople.nhsNumber(), identifier);
        JsonNode first = answer(postBundle("referrer", bundle), 200);
        long referralsAfterFirst = count("referral");
        JsonNode again = answer(postBundle("referrer", bundle), 200);

        assertThat(count("referral")).isEqualTo(referralsAfterFirst);
        assertThat(idIn(again.get("entry").get(2))).isEqualTo(idIn(first.get("entry").get(2)));
        assertThat(idIn(again.get("entry").get(0))).isEqualTo(idIn(first.get("entry").get(0)));
        assertThat(again.get("entry").get(2).get("response").get("status").asString()).isEqualTo("200 OK");

        // The same identifier with another referral is a mistake, not a retry.
        JsonNode refused = answer(postBundle("referrer", TestBundles.referral("Rosamund", TestPeople.nhsNumber(),
                identifier)), 422);
        assertThat(refused.get("issue").get(0).get("expression").get(0).asString()).isEqualTo("Bundle.identifier");
        assertThat(count("referral")).isEqualTo(referralsAfterFirst);
    }

    @Test
    void aConditionalCreateOfTheServiceRequestWorksAsTheKeyToo() throws Exception {
        String bundle = TestBundles.referral("Octavia").replace("\"url\": \"ServiceRequest\"",
                "\"url\": \"ServiceRequest\", \"ifNoneExist\": \"identifier=https://gp.example.org/requests|"
                        + UUID.randomUUID() + "\"");
        JsonNode first = answer(postBundle("referrer", bundle), 200);
        long referralsAfterFirst = count("referral");
        JsonNode again = answer(postBundle("referrer", bundle), 200);

        assertThat(count("referral")).isEqualTo(referralsAfterFirst);
        assertThat(idIn(again.get("entry").get(2))).isEqualTo(idIn(first.get("entry").get(2)));
    }

    @Test
    void refusesAnInvalidNhsNumberNamingItsElementAndWritesNothing() throws Exception {
        long people = count("person");
        long referralsBefore = count("referral");
        JsonNode outcome = answer(postBundle("referrer", TestBundles.referral("Quentin", "9434765918", null)), 422);

        assertThat(outcome.get("issue").valueStream().map(i -> i.get("expression").get(0).asString()))
                .containsExactly("Bundle.entry[0].resource.identifier[0].value");
        assertThat(outcome.get("issue").get(0).get("severity").asString()).isEqualTo("error");
        assertThat(count("person")).isEqualTo(people);
        assertThat(count("referral")).isEqualTo(referralsBefore);
    }

    @Test
    void refusesAReferralWithoutConsentOrWithConsentRefused() throws Exception {
        long referralsBefore = count("referral");
        JsonNode missing = answer(postBundle("referrer", TestBundles.referral("Ursula", TestPeople.birthDate(),
                TestPeople.nhsNumber(), null, "routine", null)), 422);
        assertThat(missing.get("issue").get(0).get("expression").get(0).asString()).isEqualTo("Bundle.entry");
        assertThat(missing.get("issue").get(0).get("diagnostics").asString()).contains("Consent");

        JsonNode rejected = answer(postBundle("referrer", TestBundles.referral("Ursula", TestPeople.birthDate(),
                TestPeople.nhsNumber(), null, "routine", TestBundles.consent("rejected"))), 422);
        assertThat(rejected.get("issue").get(0).get("expression").get(0).asString())
                .isEqualTo("Bundle.entry[3].resource.status");
        assertThat(count("referral")).isEqualTo(referralsBefore);
    }

    @Test
    void refusesWhatIsNotAReferralBundle() throws Exception {
        long referralsBefore = count("referral");
        answer(postBundle("referrer", ""), 400);
        answer(postBundle("referrer", "{\"resourceType\": \"Bundle\", \"type\": "), 400);
        answer(postBundle("referrer", "{\"resourceType\": \"Patient\", \"active\": true}"), 400);

        JsonNode noPatient = answer(postBundle("referrer", """
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                  {"resource": {"resourceType": "ServiceRequest", "status": "active", "intent": "order"},
                   "request": {"method": "POST", "url": "ServiceRequest"}}]}"""), 422);
        assertThat(noPatient.get("issue").get(0).get("expression").get(0).asString()).isEqualTo("Bundle.entry");

        JsonNode batch = answer(postBundle("referrer", TestBundles.referral("Wilhelmina").replace(
                "\"type\": \"transaction\"", "\"type\": \"batch\"")), 422);
        assertThat(batch.get("issue").valueStream().map(i -> i.get("expression").get(0).asString()))
                .contains("Bundle.type");

        JsonNode emergency = answer(postBundle("referrer", TestBundles.referral("Wilhelmina", TestPeople.birthDate(),
                TestPeople.nhsNumber(), null, "stat", TestBundles.consent("active"))), 422);
        assertThat(emergency.get("issue").get(0).get("expression").get(0).asString())
                .isEqualTo("Bundle.entry[2].resource.priority");

        JsonNode future = answer(postBundle("referrer", TestBundles.referral("Wilhelmina", LocalDate.now().plusDays(2),
                TestPeople.nhsNumber(), null, "routine", TestBundles.consent("active"))), 422);
        assertThat(future.get("issue").get(0).get("expression").get(0).asString())
                .isEqualTo("Bundle.entry[0].resource.birthDate");

        JsonNode nul = answer(postBundle("referrer", TestBundles.referral("Wilhelmina").replace(
                "Lonely since moving", "Lonely\\u0000since moving")), 400);
        assertThat(nul.get("issue").get(0).get("diagnostics").asString()).contains("control character");
        assertThat(count("referral")).isEqualTo(referralsBefore);
    }

    @Test
    void neverReadsExternalEntitiesOfAnXmlBody() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Bundle [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <Bundle xmlns="http://hl7.org/fhir"><type value="transaction"/>
                 <entry><resource><Patient><name><family value="&secret;"/></name></Patient></resource></entry>
                </Bundle>""";
        MockHttpServletResponse response = mvc.perform(post("/fhir").with(httpBasic("referrer", PASSWORD))
                .contentType("application/fhir+xml").content(xml)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("OperationOutcome");
    }

    @Test
    void refusesDeeplyNestedAndOversizedBodiesBeforeReadingThem() throws Exception {
        String deep = "{\"resourceType\": \"Bundle\", \"type\": \"transaction\", \"entry\": "
                + "[".repeat(200) + "]".repeat(200) + "}";
        JsonNode nested = answer(postBundle("referrer", deep), 400);
        assertThat(nested.get("issue").get(0).get("diagnostics").asString()).contains("nested");

        String huge = TestBundles.referral("Yolanda").replace("Lonely since moving", "a".repeat(2_000_000));
        MockHttpServletResponse tooLarge = mvc.perform(postBundle("referrer", huge)).andReturn().getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(413);
    }

    @Test
    void letsOnlyThoseWhoMayReferSendBundles() throws Exception {
        long referralsBefore = count("referral");
        String bundle = TestBundles.referral("Zebedee");
        MockHttpServletResponse anonymous = mvc.perform(postBundle(null, bundle)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.getContentAsString()).contains("OperationOutcome");
        answer(postBundle("commissioner", bundle), 403);
        answer(postBundle("provider", bundle), 403);
        MockHttpServletResponse wrongPassword = mvc.perform(post("/fhir").contentType(FHIR_JSON).content(bundle)
                .with(httpBasic("referrer", "not-the-password"))).andReturn().getResponse();
        assertThat(wrongPassword.getStatus()).isEqualTo(401);
        assertThat(count("referral")).isEqualTo(referralsBefore);
    }

    @Test
    void showsAReferralOnlyToThoseWhoMaySeeIt() throws Exception {
        // Made by the link worker: not the referrer's to see.
        JsonNode made = answer(postBundle("linkworker", TestBundles.referral("Abelard")), 200);
        String referralId = idIn(made.get("entry").get(2));

        answer(read("linkworker", "/fhir/ServiceRequest/{id}", referralId), 200);
        answer(read("admin", "/fhir/ServiceRequest/{id}", referralId), 200);
        answer(read("referrer", "/fhir/ServiceRequest/{id}", referralId), 404);
        answer(read("commissioner", "/fhir/ServiceRequest/{id}", referralId), 403);
        answer(read("provider", "/fhir/ServiceRequest/{id}", referralId), 403);
        assertThat(mvc.perform(read(null, "/fhir/ServiceRequest/{id}", referralId)).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
        answer(read("linkworker", "/fhir/ServiceRequest/not-a-referral"), 404);
        answer(read("linkworker", "/fhir/ServiceRequest/{id}", UUID.randomUUID()), 404);
    }

    @Test
    void followsOnwardReferralsAsTasksInTheirTaskStates() throws Exception {
        TestOnwardReferrals onward = new TestOnwardReferrals(referrals, directory, users);
        OnwardReferral sent = onward.referOn("Beatrix", onward.providersService().id(), true);
        onward.answer(sent.id(), OnwardReferralStatus.REJECTED, Reason.of(ReasonCode.NO_CAPACITY, "Full until spring"));

        JsonNode task = answer(read("provider", "/fhir/Task/{id}", sent.id()), 200);
        assertThat(task.get("status").asString()).isEqualTo("rejected");
        assertThat(task.get("basedOn").get(0).get("reference").asString()).isEqualTo("ServiceRequest/" + sent.referralId());
        assertThat(task.get("owner").get("reference").asString()).isEqualTo("Organization/" + sent.organisationId());
        assertThat(task.get("input").get(0).get("valueReference").get("reference").asString())
                .isEqualTo("HealthcareService/" + sent.serviceId());
        assertThat(task.get("statusReason").get("coding").get(0).get("code").asString()).isEqualTo("no-capacity");
        assertThat(task.get("statusReason").get("text").asString()).isEqualTo("Full until spring");
        assertThat(jdbc.sql("select actor from audit_event where action = 'onward-referral.read' and subject_id = :id")
                .param("id", sent.id().toString()).query(String.class).list()).containsExactly("provider");

        JsonNode found = answer(read("referrer", "/fhir/Task?based-on=ServiceRequest/{id}", sent.referralId()), 200);
        assertThat(found.get("type").asString()).isEqualTo("searchset");
        assertThat(found.get("entry").valueStream().map(e -> e.get("resource").get("id").asString()))
                .containsExactly(sent.id().toString());
        answer(read("linkworker", "/fhir/Task/{id}", sent.id()), 200);
        answer(read("referrer", "/fhir/Task/{id}", sent.id()), 200);
        answer(read("commissioner", "/fhir/Task/{id}", sent.id()), 403);
        answer(read("commissioner", "/fhir/Task?based-on=ServiceRequest/{id}", sent.referralId()), 403);
        // The provider may see the task sent to it, not the referral it came from.
        JsonNode providers = answer(read("provider", "/fhir/Task?based-on=ServiceRequest/{id}", sent.referralId()), 200);
        assertThat(providers.get("total").asInt()).isZero();
        answer(read("provider", "/fhir/Task/{id}", UUID.randomUUID()), 404);
    }
}
