package org.linkwork.interop.web;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR R4 server, as a servlet of its own at {@code /fhir/*} beside Spring MVC. The security filter
 * chain for {@code /fhir/**} (module identity) runs before it, as for every servlet.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    /**
     * HAPI's cached R4 context, the one module outcomes reads questionnaires with: building a context scans
     * the R4 model, which takes seconds, so the application builds one. The server parses requests with the
     * context's error handler, so strict parsing is set here; outcomes sets its own on each parser it makes.
     */
    @Bean
    FhirContext fhirContext() {
        FhirContext fhir = FhirContext.forR4Cached();
        fhir.setParserErrorHandler(new QuietStrictParsing());
        return fhir;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ServletRegistrationBean<FhirServer> fhirServlet(FhirServer server) {
        ServletRegistrationBean<FhirServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        // Started with the application, so that a provider HAPI cannot bind fails the start, not the first call.
        registration.setLoadOnStartup(1);
        return registration;
    }
}
