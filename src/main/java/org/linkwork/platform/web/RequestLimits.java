package org.linkwork.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses what no honest caller sends, before any of it is read: a body larger than the endpoint
 * takes (413), and JSON nested deeper than any Linkwork or Open Referral document (400, from the
 * parser, wherever JSON is read, imports included); and text holding the NUL character, which
 * PostgreSQL cannot store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.Settings.class)
class RequestLimits {

    /**
     * @param maxBody        the largest body of an ordinary request (a form, a referral, a search)
     * @param maxUpload      the largest body of the import endpoints (directory files, postcode files)
     * @param uploadPaths    the paths that take uploads
     * @param maxJsonNesting how deep JSON objects and arrays may nest
     */
    @ConfigurationProperties("linkwork.http")
    record Settings(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("50MB") DataSize maxUpload,
            @DefaultValue({"/api/v1/directory/imports", "/api/v1/places/postcode-imports", "/admin/imports"})
            List<String> uploadPaths,
            @DefaultValue("64") int maxJsonNesting) {
    }

    @Bean
    JsonFactoryBuilderCustomizer jsonNestingLimit(Settings settings) {
        return builder -> builder.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(settings.maxJsonNesting()).build());
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(Settings settings) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(new BodySizeLimit(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ParametersWithoutNul> parametersWithoutNul() {
        FilterRegistrationBean<ParametersWithoutNul> registration = new FilterRegistrationBean<>(new ParametersWithoutNul());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    @Bean
    JacksonModule textWithoutNul() {
        return new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul());
    }

    /** 413 for a declared length over the limit; the API and open data answer in problem+json. */
    static class BodySizeLimit extends OncePerRequestFilter {

        private final Settings settings;

        BodySizeLimit(Settings settings) {
            this.settings = settings;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            long limit = settings.uploadPaths().stream().anyMatch(path::startsWith)
                    ? settings.maxUpload().toBytes() : settings.maxBody().toBytes();
            long declared = request.getContentLengthLong();
            if (declared < 0) {
                chain.doFilter(new LimitedBody(request, limit), response);
                return;
            }
            if (declared <= limit) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Connection", "close");
            String detail = "The request body is larger than this address takes (" + DataSize.ofBytes(limit).toKilobytes()
                    + " KB).";
            if (path.startsWith("/api/") || path.startsWith("/oruk/") || path.equals("/fhir")
                    || path.startsWith("/fhir/")) {
                FilterRefusal.asProblemJson(response, HttpStatus.CONTENT_TOO_LARGE, detail);
            } else {
                FilterRefusal.asText(response, HttpStatus.CONTENT_TOO_LARGE, detail);
            }
        }
    }

    /** A body sent without a length (chunked) is cut off, with an error to its reader, at the limit. */
    static class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > limit) {
                        throw new IOException("The request body is larger than this address takes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
