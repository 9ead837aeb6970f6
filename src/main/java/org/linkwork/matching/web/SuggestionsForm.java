package org.linkwork.matching.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.linkwork.matching.Constraints;
import org.linkwork.matching.PartOfDay;
import org.linkwork.matching.SuggestionRequest;
import org.linkwork.platform.InvalidInput.FieldProblem;

/**
 * The link worker's form for trying suggestions, as typed; numbers are read here so that each bad one is
 * reported next to its field.
 */
public class SuggestionsForm {

    private String postcode;
    private String whatMatters;
    private String maxDistanceKm;
    private List<String> days = new ArrayList<>();
    private List<String> timesOfDay = new ArrayList<>();
    private String maxCostPounds;
    private String age;
    private boolean wheelchair;
    private boolean stepFree;
    private String language;
    private boolean noTransport;

    SuggestionRequest toRequest(List<FieldProblem> problems) {
        Double distance = number(maxDistanceKm, "maxDistanceKm", "Enter the distance as a number of kilometres, like 5",
                problems);
        Double cost = number(maxCostPounds, "maxCostPounds", "Enter the most they can pay in pounds, like 3, or 0 for free",
                problems);
        Double years = number(age, "age", "Enter their age in years, like 67", problems);
        Set<DayOfWeek> chosenDays = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(d -> chosenDays.add(DayOfWeek.valueOf(d)));
        Set<PartOfDay> parts = EnumSet.noneOf(PartOfDay.class);
        timesOfDay.forEach(t -> PartOfDay.fromCode(t).ifPresent(parts::add));
        Constraints constraints = new Constraints(distance, chosenDays, parts,
                cost == null ? null : BigDecimal.valueOf(cost), years == null ? null : (int) Math.round(years),
                wheelchair, stepFree, language, noTransport);
        return new SuggestionRequest(postcode, null, whatMatters, List.of(), constraints, SuggestionRequest.DEFAULT_LIMIT);
    }

    private static Double number(String text, String field, String message, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, message));
            return null;
        }
    }

    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getWhatMatters() { return whatMatters; }
    public void setWhatMatters(String whatMatters) { this.whatMatters = whatMatters; }
    public String getMaxDistanceKm() { return maxDistanceKm; }
    public void setMaxDistanceKm(String maxDistanceKm) { this.maxDistanceKm = maxDistanceKm; }
    public List<String> getDays() { return days; }
    public void setDays(List<String> days) { this.days = days == null ? new ArrayList<>() : days; }
    public List<String> getTimesOfDay() { return timesOfDay; }
    public void setTimesOfDay(List<String> timesOfDay) { this.timesOfDay = timesOfDay == null ? new ArrayList<>() : timesOfDay; }
    public String getMaxCostPounds() { return maxCostPounds; }
    public void setMaxCostPounds(String maxCostPounds) { this.maxCostPounds = maxCostPounds; }
    public String getAge() { return age; }
    public void setAge(String age) { this.age = age; }
    public boolean isWheelchair() { return wheelchair; }
    public void setWheelchair(boolean wheelchair) { this.wheelchair = wheelchair; }
    public boolean isStepFree() { return stepFree; }
    public void setStepFree(boolean stepFree) { this.stepFree = stepFree; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isNoTransport() { return noTransport; }
    public void setNoTransport(boolean noTransport) { this.noTransport = noTransport; }
}
