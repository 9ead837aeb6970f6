package org.linkwork.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * One weekday a service meets on, and when it starts that day if known.
 *
 * @param opens null when the schedule gives no time
 */
record Session(DayOfWeek day, LocalTime opens, boolean monthly) {
}
