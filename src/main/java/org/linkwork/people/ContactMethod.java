package org.linkwork.people;

/**
 * How a person is happy to be contacted.
 */
public enum ContactMethod { PHONE, TEXT, EMAIL, LETTER }
