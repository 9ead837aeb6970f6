package org.linkwork.people;

/**
 * The NHS Data Dictionary's ethnic categories (2001 census based), by their one-letter codes.
 */
public enum EthnicCategory {
    A("White - British"),
    B("White - Irish"),
    C("White - Any other White background"),
    D("Mixed - White and Black Caribbean"),
    E("Mixed - White and Black African"),
    F("Mixed - White and Asian"),
    G("Mixed - Any other mixed background"),
    H("Asian or Asian British - Indian"),
    J("Asian or Asian British - Pakistani"),
    K("Asian or Asian British - Bangladeshi"),
    L("Asian or Asian British - Any other Asian background"),
    M("Black or Black British - Caribbean"),
    N("Black or Black British - African"),
    P("Black or Black British - Any other Black background"),
    R("Other ethnic groups - Chinese"),
    S("Other ethnic groups - Any other ethnic group"),
    Z("Not stated");

    private final String label;

    EthnicCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
