package org.linkwork.place;

/**
 * An area served together, such as a borough.
 */
public record Place(String id, String name, String localAuthorityCode) {
}
