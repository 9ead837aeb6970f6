package org.linkwork.matching.evaluation;

import java.util.List;
import java.util.Map;

/**
 * One scenario of the evaluation set, as written in scenarios.yaml.
 */
record Scenario(String id, String says, String postcode, List<String> needs, Map<String, Object> constraints) {
}
