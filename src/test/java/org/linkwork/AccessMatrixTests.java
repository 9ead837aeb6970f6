package org.linkwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.server.ResourceBinding;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.method.BaseMethodBinding;
import org.junit.jupiter.api.Test;
import org.linkwork.interop.web.FhirServletInMockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Calls every endpoint of the application (pages, JSON API, ORUK, FHIR, actuator) as an anonymous
 * visitor and as each role, and checks the answer against the one written access matrix,
 * docs/access-matrix.md. An endpoint without a row there fails this test, and so does a row for an
 * endpoint that no longer exists. "Denied" is 401, 403 or a redirect to the sign-in page; any other
 * answer (including 404 for the made-up ids used here, or 422 for an empty form) means the caller got
 * past the access rules. Which records a caller may see once inside (their own referrals, their
 * organisation's) is tested by each module. No endpoint may answer 5xx to any caller.
 *
 * <p>The FHIR API is a servlet of its own, not Spring MVC: its operations are read from the HAPI FHIR
 * server's bindings, and {@link FhirServletInMockMvc} passes MockMvc's calls to it, so that each is
 * really answered by the FHIR server after the security filters.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(FhirServletInMockMvc.class)
class AccessMatrixTests {

    static final Path MATRIX = Path.of("docs/access-matrix.md");
    static final List<String> WHO = List.of("anonymous", "public", "referrer", "link worker", "provider",
            "commissioner", "admin");
    private static final Map<String, String> ACCOUNTS = Map.of("public", "access.matrix.public", "referrer", "referrer",
            "link worker", "linkworker", "provider", "provider", "commissioner", "commissioner", "admin", "admin");
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*(GET|POST|PUT|PATCH|DELETE)\\s*\\|\\s*`([^`]+)`\\s*\\|(.*)\\|\\s*$");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    record Endpoint(String method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEndpointHasARowInTheMatrixAndEveryRowAnEndpoint() throws IOException {
        Map<Endpoint, Map<String, Boolean>> matrix = readMatrix();
        Set<Endpoint> served = servedEndpoints();
        Set<Endpoint> missing = new TreeSet<>(served);
        missing.removeAll(matrix.keySet());
        Set<Endpoint> stale = new TreeSet<>(matrix.keySet());
        stale.removeAll(served);
        assertThat(missing).as("endpoints without a row in " + MATRIX + "; add them:\n"
                + String.join("\n", missing.stream().map(e -> "| " + e.method() + " | `" + e.path()
                        + "` | ? | ? | ? | ? | ? | ? | ? |").toList())).isEmpty();
        assertThat(stale).as("rows in " + MATRIX + " for endpoints that no longer exist").isEmpty();
    }

    @Test
    void everyCallerIsLetInOrKeptOutAsTheMatrixSays() throws Exception {
        ensurePublicAccount();
        Map<Endpoint, Map<String, Boolean>> matrix = readMatrix();
        List<String> wrong = new ArrayList<>();
        for (var row : matrix.entrySet()) {
            for (String who : WHO) {
                MvcResult result;
                try {
                    result = mvc.perform(call(row.getKey(), who)).andReturn();
                } catch (Exception unhandled) {
                    wrong.add(row.getKey() + " as " + who + ": unhandled " + unhandled.getMessage());
                    continue;
                }
                int status = result.getResponse().getStatus();
                String location = result.getResponse().getRedirectedUrl();
                boolean denied = status == 401 || status == 403
                        || (status == 302 && location != null && location.endsWith("/login"));
                boolean allowed = row.getValue().get(who);
                // /error is the error page itself: called directly, there is no error, and Spring says 500.
                if (status >= 500 && !row.getKey().path().equals("/error")) {
                    wrong.add(row.getKey() + " as " + who + ": server error " + status);
                } else if (allowed == denied) {
                    wrong.add(row.getKey() + " as " + who + ": expected " + (allowed ? "allowed" : "denied")
                            + " but got " + status + (location == null ? "" : " to " + location));
                }
            }
        }
        assertThat(wrong).as("callers let in or kept out against the matrix").isEmpty();
    }

    private MockHttpServletRequestBuilder call(Endpoint endpoint, String who) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), samplePath(endpoint.path()))
                .with(csrf());
        if (!who.equals("anonymous")) {
            UserDetails user = users.loadUserByUsername(ACCOUNTS.get(who));
            request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities())));
        }
        return request;
    }

    /** Made-up values for path variables: ids that exist nowhere, so that nothing is changed. */
    private static String samplePath(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String sample = name.equals("username") ? "no-such-account"
                    : name.toLowerCase().contains("code") ? "no-such-code" : "00000000-0000-4000-8000-000000000000";
            matcher.appendReplacement(path, sample);
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/anything");
    }

    private Set<Endpoint> servedEndpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String path : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint("GET", path));
                    }
                    for (RequestMethod method : methods) {
                        if (method != RequestMethod.HEAD && method != RequestMethod.OPTIONS) {
                            endpoints.add(new Endpoint(method.name(), path));
                        }
                    }
                }
            }
        }
        for (RestfulServer fhir : context.getBeansOfType(RestfulServer.class).values()) {
            FhirServletInMockMvc.started(fhir, ((WebApplicationContext) context).getServletContext());
            String base = "/fhir";
            List<BaseMethodBinding> bindings = new ArrayList<>(fhir.getServerBindings());
            fhir.getResourceBindings().stream().map(ResourceBinding::getMethodBindings).forEach(bindings::addAll);
            // HAPI answers /metadata itself, from the capability statement provider it always has.
            endpoints.add(new Endpoint("GET", base + "/metadata"));
            for (BaseMethodBinding binding : bindings) {
                RestOperationTypeEnum operation = binding.getRestOperationType();
                String type = binding.getResourceName();
                endpoints.add(switch (operation) {
                    case METADATA -> new Endpoint("GET", base + "/metadata");
                    case TRANSACTION -> new Endpoint("POST", base);
                    case GET_PAGE -> new Endpoint("GET", base);
                    case READ -> new Endpoint("GET", base + "/" + type + "/{id}");
                    case SEARCH_TYPE -> new Endpoint("GET", base + "/" + type);
                    default -> throw new IllegalStateException("A FHIR operation this test cannot name yet: "
                            + operation + " on " + type + "; add it here");
                });
            }
        }
        return endpoints;
    }

    static Map<Endpoint, Map<String, Boolean>> readMatrix() throws IOException {
        Map<Endpoint, Map<String, Boolean>> matrix = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MATRIX)) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            String[] cells = row.group(3).split("\\|");
            assertThat(cells).as("a yes or no for each caller in: " + line).hasSize(WHO.size());
            Map<String, Boolean> access = new LinkedHashMap<>();
            for (int i = 0; i < WHO.size(); i++) {
                String cell = cells[i].strip();
                assertThat(cell).as("cell " + WHO.get(i) + " in: " + line).isIn("yes", "no");
                access.put(WHO.get(i), cell.equals("yes"));
            }
            Endpoint endpoint = new Endpoint(row.group(1), row.group(2));
            assertThat(matrix.put(endpoint, access)).as("one row for " + endpoint).isNull();
        }
        return matrix;
    }

    private void ensurePublicAccount() {
        jdbc.sql("""
                insert into user_account (id, username, password_hash, display_name, role, place_id)
                values (gen_random_uuid(), 'access.matrix.public', '{noop}unused', 'Member of the public', 'PUBLIC',
                        'calderdale')
                on conflict (username) do nothing
                """).update();
    }
}
