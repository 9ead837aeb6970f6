package org.linkwork.outcomes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Imports the definitions Linkwork ships (ONS4 personal wellbeing, open under the Open Government Licence) at
 * every start; one already stored is left as it is. Licensed instruments (SWEMWBS, MSK-HQ) are not shipped: a
 * deployment imports its licensed copy.
 */
@Component
@Order(30)
class ShippedQuestionnaires implements ApplicationRunner {

    static final List<String> RESOURCES = List.of("outcomes/ons4-personal-wellbeing.json");
    private static final Logger log = LoggerFactory.getLogger(ShippedQuestionnaires.class);

    private final QuestionnaireImports imports;

    ShippedQuestionnaires(QuestionnaireImports imports) {
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String resource : RESOURCES) {
            QuestionnaireImports.Report report = imports.importFile(resource, read(resource), "system");
            if (report.count(QuestionnaireImports.Result.IMPORTED) > 0) {
                log.info("Questionnaire definition {} added", resource);
            } else if (report.count(QuestionnaireImports.Result.REFUSED) > 0) {
                // A different definition under the shipped url and version: the stored one stays, and is what scores.
                log.warn("Shipped questionnaire {} not added: {}", resource, report.problems());
            }
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
