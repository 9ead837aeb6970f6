package org.linkwork.interop.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockServletConfig;

/**
 * MockMvc calls only Spring MVC's servlet, but the FHIR server is a servlet of its own. Imported into a
 * test, this passes {@code /fhir} requests, once the application's filters (security, request limits)
 * have let them through, to the application's real FHIR servlet, as the servlet container does. The
 * servlet is started here, as the container would start it, when no container runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FhirServletInMockMvc {

    @Bean
    FilterRegistrationBean<Filter> fhirServletInMockMvc(FhirServer server) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ToFhirServlet(server));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /** The FHIR servlet, started if no container started it. */
    public static jakarta.servlet.Servlet started(Object server, jakarta.servlet.ServletContext context) {
        FhirServer fhir = (FhirServer) server;
        synchronized (fhir) {
            if (fhir.getServletConfig() == null) {
                try {
                    fhir.init(new MockServletConfig(context, "fhir"));
                } catch (ServletException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return fhir;
    }

    static final class ToFhirServlet implements Filter {

        private final FhirServer server;

        ToFhirServlet(FhirServer server) {
            this.server = server;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            String path = http.getRequestURI().substring(http.getContextPath().length());
            if (!path.equals("/fhir") && !path.startsWith("/fhir/")) {
                chain.doFilter(request, response);
                return;
            }
            started(server, http.getServletContext()).service(atFhirServlet(http, path), response);
        }
    }

    /** The request as the container hands it to a servlet mapped at {@code /fhir/*}. */
    public static HttpServletRequest atFhirServlet(HttpServletRequest request, String path) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getServletPath() {
                return "/fhir";
            }

            @Override
            public String getPathInfo() {
                return path.length() > "/fhir".length() ? path.substring("/fhir".length()) : null;
            }
        };
    }
}
