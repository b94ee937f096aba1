package org.gaoxin.qualification;

import java.util.List;

/**
 * The outlook of the pool's counts on the zone's high-tech enterprise targets. The
 * qualification module does not keep targets: the module that does implements this, and
 * the pool shows what it returns (nothing when no module provides it).
 */
public interface TargetOutlooks {

	/** One outlook per target year after the data year, earliest first. */
	List<TargetOutlook> outlook(PoolCounts counts);

}
