package org.linkwork.platform;

/**
 * Whether this deployment runs as a demonstration: fictional Calderdale data and well-known demo
 * accounts. Off unless switched on, or unless the embedded database is in use.
 *
 * @param enabled true when demo data and demo users may be created
 */
public record DemoMode(boolean enabled) {
}
