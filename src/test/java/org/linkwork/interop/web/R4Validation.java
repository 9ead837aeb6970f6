package org.linkwork.interop.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * The HAPI FHIR validator against base R4 (no profiles, no terminology server): what /fhir answers must
 * pass it with no error. Built once for the test JVM: loading the R4 definitions takes seconds.
 */
final class R4Validation {

    private static FhirValidator validator;

    private R4Validation() {
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext fhir = FhirContext.forR4Cached();
            ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
                    new SnapshotGeneratingValidationSupport(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
                    new CommonCodeSystemsTerminologyService(fhir));
            FhirInstanceValidator instances = new FhirInstanceValidator(support);
            // Our own code systems (needs, sources, reasons) are not published: their codes cannot be looked up.
            instances.setErrorForUnknownProfiles(true);
            validator = fhir.newValidator().registerValidatorModule(instances);
        }
        return validator;
    }

    /** Fails with the validator's messages unless the resource is valid base R4. */
    static void assertValid(String resource) {
        ValidationResult result = validator().validateWithResult(resource);
        List<String> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
        assertThat(errors).as("FHIR R4 validation errors in " + resource).isEmpty();
    }
}
