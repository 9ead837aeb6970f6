package org.linkwork.careplans.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The forms of the care plan pages, as the browser posts them. */
final class PlanForms {

    private PlanForms() {
    }

    /** Every change carries the plan's version it was made to. */
    static class VersionedForm {
        private int version;

        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    static class ConversationForm extends VersionedForm {
        private String whatMatters;
        private String enjoys;
        private String strengths;
        private String worries;
        private String whoSupports;
        private List<String> barriers = new ArrayList<>();
        private Map<String, String> details = new LinkedHashMap<>();

        public String getWhatMatters() { return whatMatters; }
        public void setWhatMatters(String whatMatters) { this.whatMatters = whatMatters; }
        public String getEnjoys() { return enjoys; }
        public void setEnjoys(String enjoys) { this.enjoys = enjoys; }
        public String getStrengths() { return strengths; }
        public void setStrengths(String strengths) { this.strengths = strengths; }
        public String getWorries() { return worries; }
        public void setWorries(String worries) { this.worries = worries; }
        public String getWhoSupports() { return whoSupports; }
        public void setWhoSupports(String whoSupports) { this.whoSupports = whoSupports; }
        public List<String> getBarriers() { return barriers; }
        public void setBarriers(List<String> barriers) { this.barriers = barriers; }
        public Map<String, String> getDetails() { return details; }
        public void setDetails(Map<String, String> details) { this.details = details; }
    }

    static class GoalForm extends VersionedForm {
        private String inTheirWords;
        private String howTheyWillKnow;
        private String progress;
        private String status;

        public String getInTheirWords() { return inTheirWords; }
        public void setInTheirWords(String inTheirWords) { this.inTheirWords = inTheirWords; }
        public String getHowTheyWillKnow() { return howTheyWillKnow; }
        public void setHowTheyWillKnow(String howTheyWillKnow) { this.howTheyWillKnow = howTheyWillKnow; }
        public String getProgress() { return progress; }
        public void setProgress(String progress) { this.progress = progress; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
    }

    static class ActionForm extends VersionedForm {
        private String what;
        private String who;
        private String byWhenDay;
        private String byWhenMonth;
        private String byWhenYear;
        private String goalId;
        private String status;
        private String serviceId;
        /** "action": the service is named in the plan; "referral": the person is also referred on to it. */
        private String link;
        private String note;
        private boolean share;

        public String getWhat() { return what; }
        public void setWhat(String what) { this.what = what; }
        public String getWho() { return who; }
        public void setWho(String who) { this.who = who; }
        /** The date input's name, where its problems are put. */
        public String getByWhen() { return null; }
        public String getByWhenDay() { return byWhenDay; }
        public void setByWhenDay(String byWhenDay) { this.byWhenDay = byWhenDay; }
        public String getByWhenMonth() { return byWhenMonth; }
        public void setByWhenMonth(String byWhenMonth) { this.byWhenMonth = byWhenMonth; }
        public String getByWhenYear() { return byWhenYear; }
        public void setByWhenYear(String byWhenYear) { this.byWhenYear = byWhenYear; }
        public String getGoalId() { return goalId; }
        public void setGoalId(String goalId) { this.goalId = goalId; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public String getServiceId() { return serviceId; }
        public void setServiceId(String serviceId) { this.serviceId = serviceId; }
        public String getLink() { return link; }
        public void setLink(String link) { this.link = link; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public boolean isShare() { return share; }
        public void setShare(boolean share) { this.share = share; }
    }

    static class MskForm extends VersionedForm {
        private String painScore;
        private String whatPainStops;
        private String activityGoals;
        private String selfManagement;

        public String getPainScore() { return painScore; }
        public void setPainScore(String painScore) { this.painScore = painScore; }
        public String getWhatPainStops() { return whatPainStops; }
        public void setWhatPainStops(String whatPainStops) { this.whatPainStops = whatPainStops; }
        public String getActivityGoals() { return activityGoals; }
        public void setActivityGoals(String activityGoals) { this.activityGoals = activityGoals; }
        public String getSelfManagement() { return selfManagement; }
        public void setSelfManagement(String selfManagement) { this.selfManagement = selfManagement; }
    }

    static class ContingencyForm extends VersionedForm {
        private String ifThingsGetWorse;
        private String whoToContact;

        public String getIfThingsGetWorse() { return ifThingsGetWorse; }
        public void setIfThingsGetWorse(String ifThingsGetWorse) { this.ifThingsGetWorse = ifThingsGetWorse; }
        public String getWhoToContact() { return whoToContact; }
        public void setWhoToContact(String whoToContact) { this.whoToContact = whoToContact; }
    }

    static class ReviewDateForm extends VersionedForm {
        private String reviewDueDay;
        private String reviewDueMonth;
        private String reviewDueYear;

        /** The date input's name, where its problems are put. */
        public String getReviewDue() { return null; }
        public String getReviewDueDay() { return reviewDueDay; }
        public void setReviewDueDay(String reviewDueDay) { this.reviewDueDay = reviewDueDay; }
        public String getReviewDueMonth() { return reviewDueMonth; }
        public void setReviewDueMonth(String reviewDueMonth) { this.reviewDueMonth = reviewDueMonth; }
        public String getReviewDueYear() { return reviewDueYear; }
        public void setReviewDueYear(String reviewDueYear) { this.reviewDueYear = reviewDueYear; }
    }

    static class AgreeForm extends VersionedForm {
        private String changeNote;

        public String getChangeNote() { return changeNote; }
        public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
    }

    static class ReviewForm extends VersionedForm {
        private Map<String, String> progress = new LinkedHashMap<>();
        private Map<String, String> status = new LinkedHashMap<>();
        private String notes;
        private String nextReviewDay;
        private String nextReviewMonth;
        private String nextReviewYear;

        public Map<String, String> getProgress() { return progress; }
        public void setProgress(Map<String, String> progress) { this.progress = progress; }
        public Map<String, String> getStatus() { return status; }
        public void setStatus(Map<String, String> status) { this.status = status; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
        /** The date input's name, where its problems are put. */
        public String getNextReview() { return null; }
        public String getNextReviewDay() { return nextReviewDay; }
        public void setNextReviewDay(String nextReviewDay) { this.nextReviewDay = nextReviewDay; }
        public String getNextReviewMonth() { return nextReviewMonth; }
        public void setNextReviewMonth(String nextReviewMonth) { this.nextReviewMonth = nextReviewMonth; }
        public String getNextReviewYear() { return nextReviewYear; }
        public void setNextReviewYear(String nextReviewYear) { this.nextReviewYear = nextReviewYear; }
    }

    static class ShareForm {
        private boolean consent;

        public boolean isConsent() { return consent; }
        public void setConsent(boolean consent) { this.consent = consent; }
    }
}
