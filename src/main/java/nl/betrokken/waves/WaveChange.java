package nl.betrokken.waves;

import java.time.LocalDate;

/**
 * A change to an open wave: a new closing date, or {@code "status": "closed"} to close it today.
 * One of the two; a closed wave does not open again.
 */
public record WaveChange(LocalDate closesOn, String status) {}
