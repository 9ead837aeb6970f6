package org.linkwork.referrals.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;

/** Joins the problems an adapter found reading input with those the module found, one message a field. */
final class Problems {

    private Problems() {
    }

    /** The adapter's own problems win for their fields: they say more precisely what was wrong. */
    static InvalidInput merge(List<FieldProblem> own, InvalidInput module) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        own.forEach(p -> byField.putIfAbsent(p.field(), p));
        List<FieldProblem> all = new ArrayList<>(byField.values());
        module.problems().stream().filter(p -> !byField.containsKey(p.field())).forEach(all::add);
        return new InvalidInput(all);
    }
}
