package org.gaoxin.standard;

import java.util.List;
import java.util.Set;

import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.Unit;

/**
 * A named aggregate a formula can use: the sum of a report field over the zone-year's
 * enterprises, a count of enterprises, or a count of active platforms, each with its
 * filters.
 *
 * @param field the summed report field; null for counts
 */
public record Aggregate(String name, Kind kind, ReportField field, Set<EnterpriseFlag> where, Set<PlatformKind> kinds,
		PlatformLevel minLevel) {

	public enum Kind {

		SUM_OF_ENTERPRISES, COUNT_OF_ENTERPRISES, COUNT_OF_PLATFORMS

	}

	/**
	 * What the aggregate is called in a readable formula ("规上企业工业总产值", "市级及以上研发机构"): the
	 * summed field or what is counted, with the filters.
	 */
	public Message label() {
		List<EnterpriseFlag> filters = this.where.stream().sorted().toList();
		return switch (this.kind) {
			case SUM_OF_ENTERPRISES -> filters.isEmpty() ? Message.of("standard.aggregate.sum", this.field.label())
					: Message.of("standard.aggregate.sumWhere", this.field.label(), filters);
			case COUNT_OF_ENTERPRISES -> filters.isEmpty() ? Message.of("standard.aggregate.count")
					: Message.of("standard.aggregate.countWhere", filters);
			case COUNT_OF_PLATFORMS -> {
				List<PlatformKind> platformKinds = this.kinds.stream().sorted().toList();
				// district level is the lowest: every platform counts, nothing to say
				yield (this.minLevel != null && this.minLevel != PlatformLevel.DISTRICT)
						? Message.of("standard.aggregate.platformsFrom", platformKinds, this.minLevel)
						: Message.of("standard.aggregate.platforms", platformKinds);
			}
		};
	}

	/** The unit of the aggregate's value: the summed field's, or a count's. */
	public Unit unit() {
		return switch (this.kind) {
			case SUM_OF_ENTERPRISES -> this.field.unit();
			case COUNT_OF_ENTERPRISES -> Unit.ENTERPRISES;
			case COUNT_OF_PLATFORMS -> Unit.INSTITUTIONS;
		};
	}

	/**
	 * How the aggregate reads, for explanations ("Σ 工业总产值 (qc02),规上企业"): a message whose
	 * arguments are the field's name, the filters and the platform kinds and level.
	 */
	public Message describe() {
		List<EnterpriseFlag> filters = this.where.stream().sorted().toList();
		return switch (this.kind) {
			case SUM_OF_ENTERPRISES ->
				filters.isEmpty() ? Message.of("evaluation.aggregate.sum", this.field.label(), this.field.code())
						: Message.of("evaluation.aggregate.sumWhere", this.field.label(), this.field.code(), filters);
			case COUNT_OF_ENTERPRISES -> filters.isEmpty() ? Message.of("evaluation.aggregate.count")
					: Message.of("evaluation.aggregate.countWhere", filters);
			case COUNT_OF_PLATFORMS -> {
				List<PlatformKind> platformKinds = this.kinds.stream().sorted().toList();
				yield (this.minLevel != null)
						? Message.of("evaluation.aggregate.platformsFrom", platformKinds, this.minLevel)
						: Message.of("evaluation.aggregate.platforms", platformKinds);
			}
		};
	}

}
