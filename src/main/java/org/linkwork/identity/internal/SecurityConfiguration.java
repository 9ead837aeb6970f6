package org.linkwork.identity.internal;

import org.linkwork.identity.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Four doors: the FHIR API (HTTP Basic, no session, no CSRF; its capability statement open to all), the
 * open data API (ORUK: no session, no CSRF, CORS open), the JSON API
 * (HTTP Basic or the browser session; CSRF unless the caller sends its own credentials), and the
 * pages (form sign-in, CSRF on every form). The doors exist only in a web application: command-line
 * tasks run without a web server, and so without {@code HttpSecurity}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "font-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "form-action 'self'",
            "base-uri 'self'", "object-src 'none'");

    private static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    /**
     * No observation of the filter chains, sign-in or authorisation: nothing exports them, and wrapping
     * each of the chain's filters in an observation cost more than several of the filters themselves.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(0)
    SecurityFilterChain fhirApi(HttpSecurity http, SignInThrottle throttle) throws Exception {
        FhirAccessAnswers answers = new FhirAccessAnswers();
        return http
                .securityMatcher("/fhir", "/fhir/**")
                .cors(c -> c.configurationSource(openCors()))
                // Callers send their credentials with each request, so there is no session to ride on.
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(answers))
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .authorizeHttpRequests(a -> a
                        // A FHIR server's capability statement is public, as the FHIR specification expects.
                        .requestMatchers(HttpMethod.GET, "/fhir/metadata").permitAll()
                        // A referral bundle: who may POST /api/v1/referrals.
                        .requestMatchers(HttpMethod.POST, "/fhir", "/fhir/")
                                .hasAnyRole(Role.REFERRER.name(), Role.LINK_WORKER.name(), Role.ADMIN.name())
                        // As /api/v1/referrals/{id} and /api/v1/onward-referrals/{id}: module referrals then keeps
                        // each caller to the referrals and onward referrals they may see.
                        .requestMatchers(HttpMethod.GET, "/fhir/ServiceRequest/**")
                                .hasAnyRole(Role.REFERRER.name(), Role.LINK_WORKER.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/fhir/Task", "/fhir/Task/**").hasAnyRole(Role.REFERRER.name(),
                                Role.LINK_WORKER.name(), Role.ADMIN.name(), Role.PROVIDER.name())
                        .anyRequest().denyAll())
                .build();
    }

    private static UrlBasedCorsConfigurationSource openCors() {
        CorsConfiguration anyOrigin = new CorsConfiguration();
        anyOrigin.addAllowedOrigin("*");
        anyOrigin.addAllowedMethod(HttpMethod.GET);
        anyOrigin.addAllowedMethod(HttpMethod.HEAD);
        anyOrigin.addAllowedMethod(HttpMethod.OPTIONS);
        anyOrigin.addAllowedHeader("*");
        UrlBasedCorsConfigurationSource cors = new UrlBasedCorsConfigurationSource();
        cors.registerCorsConfiguration("/**", anyOrigin);
        return cors;
    }

    @Bean
    @Order(1)
    SecurityFilterChain openDataApis(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/oruk/**")
                .cors(c -> c.configurationSource(openCors()))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain jsonApi(HttpSecurity http, SignInThrottle throttle) throws Exception {
        return http
                .securityMatcher("/api/**")
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .httpBasic(b -> b.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/directory/imports/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/places/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/outcomes/questionnaires", "/api/v1/outcomes/questionnaires/**")
                                .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/people/*/subject-access").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/people/**").hasAnyRole(Role.LINK_WORKER.name(), Role.ADMIN.name())
                        // Care plans: the module keeps link workers to their own place's plans.
                        .requestMatchers("/api/v1/care-plans", "/api/v1/care-plans/**")
                                .hasAnyRole(Role.LINK_WORKER.name(), Role.ADMIN.name())
                        // Referrals: the module checks which referral each caller may see (their own, their place's,
                        // their organisation's onward referrals); these rules keep every other role out.
                        .requestMatchers(HttpMethod.POST, "/api/v1/referrals/*/onward")
                                .hasAnyRole(Role.LINK_WORKER.name(), Role.ADMIN.name())
                        .requestMatchers("/api/v1/referrals", "/api/v1/referrals/**")
                                .hasAnyRole(Role.REFERRER.name(), Role.LINK_WORKER.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/onward-referrals/*/status")
                                .hasAnyRole(Role.LINK_WORKER.name(), Role.ADMIN.name(), Role.PROVIDER.name())
                        .requestMatchers("/api/v1/onward-referrals/**").hasAnyRole(Role.LINK_WORKER.name(),
                                Role.ADMIN.name(), Role.PROVIDER.name(), Role.REFERRER.name())
                        // The provider inbox: the module keeps each provider to its own organisation's referrals.
                        .requestMatchers("/api/v1/provider/**").hasAnyRole(Role.PROVIDER.name(), Role.ADMIN.name())
                        // Suggestions name services only, but are for those who plan support with a person.
                        .requestMatchers("/api/v1/suggestions", "/api/v1/suggestions/**")
                                .hasAnyRole(Role.LINK_WORKER.name(), Role.REFERRER.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle) throws Exception {
        return http
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        // Written only on requests that came over TLS (directly or, with
                        // server.forward-headers-strategy, through a proxy that says so).
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                                .includeSubDomains(true))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .formLogin(f -> f.loginPage("/login").failureHandler(new SignInFailurePage()).permitAll())
                .logout(l -> l.logoutSuccessUrl("/?signed-out"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/find-support", "/find-support/**", "/services/**", "/login",
                                "/assets/**", "/favicon.ico", "/error", "/accessibility", "/about-the-data",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui/**", "/swagger-ui.html", "/self-referral", "/self-referral/**").permitAll()
                        // A person's own plan through a share link: the unguessable token is the key.
                        .requestMatchers("/my-plan/**").permitAll()
                        .requestMatchers("/care-plans", "/care-plans/**").hasAnyRole(Role.LINK_WORKER.name(), Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/provider/**").hasAnyRole(Role.PROVIDER.name(), Role.ADMIN.name())
                        .requestMatchers("/people/**").hasAnyRole(Role.LINK_WORKER.name(), Role.ADMIN.name())
                        .requestMatchers("/referrals", "/referrals/**", "/caseload")
                                .hasAnyRole(Role.LINK_WORKER.name(), Role.ADMIN.name())
                        .requestMatchers("/refer", "/refer/**")
                                .hasAnyRole(Role.REFERRER.name(), Role.LINK_WORKER.name(), Role.ADMIN.name())
                        .requestMatchers("/my-referrals", "/my-referrals/**").hasRole(Role.REFERRER.name())
                        .requestMatchers("/suggestions", "/suggestions/**")
                                .hasAnyRole(Role.LINK_WORKER.name(), Role.REFERRER.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .build();
    }
}
