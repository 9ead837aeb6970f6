package org.linkwork.matching.internal;

import java.util.List;

/**
 * What the hard constraints made of a service that passed them: reasons it meets them ("Step-free",
 * "Tuesday morning") and cautions where the listing says too little to be sure ("Times not listed").
 */
record Verdict(List<String> reasons, List<String> cautions) {

    Verdict {
        reasons = List.copyOf(reasons);
        cautions = List.copyOf(cautions);
    }
}
