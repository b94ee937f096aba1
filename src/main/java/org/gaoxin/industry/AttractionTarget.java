package org.gaoxin.industry;

/**
 * An enterprise a chain leader means to attract to a link (招商目标): its name, where it is,
 * a note; {@code version} counts its saves.
 */
public record AttractionTarget(long id, String linkCode, String name, String location, String note, int version) {
}
