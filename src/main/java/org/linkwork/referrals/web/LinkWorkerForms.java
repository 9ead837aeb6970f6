package org.linkwork.referrals.web;

/**
 * The forms of a referral's page for link workers. Each carries what was typed back to the page with
 * its problems; the ones that change the referral itself carry the version they were made from.
 */
public final class LinkWorkerForms {

    private LinkWorkerForms() {
    }

    public static class AllocationForm {
        private String linkWorker;
        private int version;

        public String getLinkWorker() { return linkWorker; }
        public void setLinkWorker(String linkWorker) { this.linkWorker = linkWorker; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    public static class ContactForm {
        private String kind;
        private String outcome;
        private String dateDay;
        private String dateMonth;
        private String dateYear;
        private String contactNote;
        private boolean review;
        private String nextDay;
        private String nextMonth;
        private String nextYear;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public String getDateDay() { return dateDay; }
        public void setDateDay(String dateDay) { this.dateDay = dateDay; }
        public String getDateMonth() { return dateMonth; }
        public void setDateMonth(String dateMonth) { this.dateMonth = dateMonth; }
        public String getDateYear() { return dateYear; }
        public void setDateYear(String dateYear) { this.dateYear = dateYear; }
        public String getContactedAt() { return null; }
        public String getContactNote() { return contactNote; }
        public void setContactNote(String contactNote) { this.contactNote = contactNote; }
        public boolean isReview() { return review; }
        public void setReview(boolean review) { this.review = review; }
        public String getNextDay() { return nextDay; }
        public void setNextDay(String nextDay) { this.nextDay = nextDay; }
        public String getNextMonth() { return nextMonth; }
        public void setNextMonth(String nextMonth) { this.nextMonth = nextMonth; }
        public String getNextYear() { return nextYear; }
        public void setNextYear(String nextYear) { this.nextYear = nextYear; }
        public String getNextContactDue() { return null; }
    }

    public static class AppointmentForm {
        private String day;
        private String month;
        private String year;
        private String time;
        private String location;
        private String purpose;

        public String getDay() { return day; }
        public void setDay(String day) { this.day = day; }
        public String getMonth() { return month; }
        public void setMonth(String month) { this.month = month; }
        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getStartsAt() { return null; }
        public String getTime() { return time; }
        public void setTime(String time) { this.time = time; }
        public String getLocation() { return location; }
        public void setLocation(String location) { this.location = location; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String purpose) { this.purpose = purpose; }
    }

    public static class NoteForm {
        private String noteText;

        public String getNoteText() { return noteText; }
        public void setNoteText(String noteText) { this.noteText = noteText; }
    }

    public static class DischargeForm {
        private String dischargeReason;
        private String dischargeNote;
        private int version;

        public String getDischargeReason() { return dischargeReason; }
        public void setDischargeReason(String dischargeReason) { this.dischargeReason = dischargeReason; }
        public String getDischargeNote() { return dischargeNote; }
        public void setDischargeNote(String dischargeNote) { this.dischargeNote = dischargeNote; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    /** One form for every onward referral: {@code onward} is "id:version" of the one chosen. */
    public static class StatusForm {
        private String onward;
        private String status;
        private String reasonCode;
        private String reasonText;

        public String getOnward() { return onward; }
        public void setOnward(String onward) { this.onward = onward; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public String getReasonCode() { return reasonCode; }
        public void setReasonCode(String reasonCode) { this.reasonCode = reasonCode; }
        public String getReasonText() { return reasonText; }
        public void setReasonText(String reasonText) { this.reasonText = reasonText; }
    }

    public static class OnwardForm {
        private String serviceId;
        private String kind;
        private String note;
        private boolean share;

        public String getServiceId() { return serviceId; }
        public void setServiceId(String serviceId) { this.serviceId = serviceId; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public boolean isShare() { return share; }
        public void setShare(boolean share) { this.share = share; }
    }
}
