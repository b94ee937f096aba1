package org.gaoxin.target;

import java.util.List;

import org.gaoxin.qualification.PoolCounts;
import org.gaoxin.qualification.TargetOutlook;
import org.gaoxin.qualification.TargetOutlooks;

import org.springframework.stereotype.Component;

/**
 * The cultivation pool's outlook on the zone's high-tech enterprise targets: the pool
 * counts, this module knows the targets. The pool has already checked the caller's scope.
 */
@Component
class HighTechOutlooks implements TargetOutlooks {

	private final Targets targets;

	HighTechOutlooks(Targets targets) {
		this.targets = targets;
	}

	@Override
	public List<TargetOutlook> outlook(PoolCounts counts) {
		return this.targets.of(counts.zoneCode(), Target.HIGH_TECH_ENTERPRISES)
			.stream()
			.filter((t) -> t.year() > counts.year())
			.map((t) -> TargetOutlook.of(t.year(), t.value().intValue(), counts))
			.toList();
	}

}
