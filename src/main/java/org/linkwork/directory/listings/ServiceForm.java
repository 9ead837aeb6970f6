package org.linkwork.directory.listings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the provider's form for a service holds, as typed: numbers, times and money stay text
 * until {@link ServiceForms} reads them, so that a mistake is shown next to its field instead of
 * failing to bind.
 */
public class ServiceForm {

    private String organisationId;
    private Integer version;
    private String name;
    private String description;
    private String status = "active";
    private List<String> locationIds = new ArrayList<>();
    private String newLocationName;
    private String newAddress;
    private String newTown;
    private String newPostcode;
    private List<String> days = new ArrayList<>();
    private String opensAt;
    private String closesAt;
    private String cost;
    private String amount;
    private String amountDescription;
    private String minimumAge;
    private String maximumAge;
    private List<String> needs = new ArrayList<>();
    private List<String> accessibility = new ArrayList<>();
    private List<String> eligibility = new ArrayList<>();
    private String phone;
    private String email;
    private String website;

    boolean addsLocation() {
        return !blank(newLocationName) || !blank(newAddress) || !blank(newTown) || !blank(newPostcode);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<String> getLocationIds() {
        return locationIds;
    }

    public void setLocationIds(List<String> locationIds) {
        this.locationIds = locationIds == null ? new ArrayList<>() : locationIds;
    }

    public String getNewLocationName() {
        return newLocationName;
    }

    public void setNewLocationName(String newLocationName) {
        this.newLocationName = newLocationName;
    }

    public String getNewAddress() {
        return newAddress;
    }

    public void setNewAddress(String newAddress) {
        this.newAddress = newAddress;
    }

    public String getNewTown() {
        return newTown;
    }

    public void setNewTown(String newTown) {
        this.newTown = newTown;
    }

    public String getNewPostcode() {
        return newPostcode;
    }

    public void setNewPostcode(String newPostcode) {
        this.newPostcode = newPostcode;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : days;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getAmountDescription() {
        return amountDescription;
    }

    public void setAmountDescription(String amountDescription) {
        this.amountDescription = amountDescription;
    }

    public String getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(String minimumAge) {
        this.minimumAge = minimumAge;
    }

    public String getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(String maximumAge) {
        this.maximumAge = maximumAge;
    }

    public List<String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<String> needs) {
        this.needs = needs == null ? new ArrayList<>() : needs;
    }

    public List<String> getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(List<String> accessibility) {
        this.accessibility = accessibility == null ? new ArrayList<>() : accessibility;
    }

    public List<String> getEligibility() {
        return eligibility;
    }

    public void setEligibility(List<String> eligibility) {
        this.eligibility = eligibility == null ? new ArrayList<>() : eligibility;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
