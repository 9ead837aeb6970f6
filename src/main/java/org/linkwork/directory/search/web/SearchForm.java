package org.linkwork.directory.search.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The find-support form as typed, every field a string, so that nothing a person types fails to
 * bind: {@link FindSupportController} reads it and names each fault next to its field.
 */
public class SearchForm {

    private String q;
    private String where;
    private String within;
    private List<String> need = new ArrayList<>();
    private List<String> day = new ArrayList<>();
    private String time;
    private String age;
    private String free;
    private List<String> access = new ArrayList<>();
    private String page;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    public String getWithin() {
        return within;
    }

    public void setWithin(String within) {
        this.within = within;
    }

    public List<String> getNeed() {
        return need;
    }

    public void setNeed(List<String> need) {
        this.need = need == null ? new ArrayList<>() : need;
    }

    public List<String> getDay() {
        return day;
    }

    public void setDay(List<String> day) {
        this.day = day == null ? new ArrayList<>() : day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getAge() {
        return age;
    }

    public void setAge(String age) {
        this.age = age;
    }

    public String getFree() {
        return free;
    }

    public void setFree(String free) {
        this.free = free;
    }

    public List<String> getAccess() {
        return access;
    }

    public void setAccess(List<String> access) {
        this.access = access == null ? new ArrayList<>() : access;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public boolean isFreeOnly() {
        return free != null && !free.isBlank();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
