package org.linkwork.directory.internal;

import java.util.List;
import org.linkwork.directory.Contact;
import org.linkwork.directory.CostOption;
import org.linkwork.directory.Funding;
import org.linkwork.directory.Language;
import org.linkwork.directory.Schedule;
import org.linkwork.directory.Service;
import org.linkwork.directory.ServiceArea;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What a service owns outright, kept with it as one JSON value in ORUK 3.0 form.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record OwnedParts(List<Schedule> schedules, List<ServiceArea> serviceAreas, List<Language> languages,
        List<Funding> funding, List<CostOption> costOptions, List<Contact> contacts) {

    static OwnedParts of(Service s) {
        return new OwnedParts(s.schedules(), s.serviceAreas(), s.languages(), s.funding(), s.costOptions(), s.contacts());
    }
}
