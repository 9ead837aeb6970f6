package org.linkwork.directory;

/**
 * A service was created, changed or removed; its organisation or one of its locations may have
 * changed too.
 */
public record ServiceChanged(String serviceId) {
}
