package org.gaoxin.quality.internal;

import java.util.List;

import org.gaoxin.quality.Finding;

/** One kind of data-quality check over a zone's year. */
public interface QualityCheck {

	List<Finding> check(ZoneYear zoneYear);

}
