package org.gaoxin.standard;

import java.util.Set;
import java.util.stream.Collectors;

import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;

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

	/** How the aggregate reads, for explanations: "Σ 工业总产值 (qc02), 规上企业". */
	public String describe(boolean chinese) {
		String filters = this.where.stream()
			.map((flag) -> chinese ? flag.nameZh() : flag.key())
			.collect(Collectors.joining(chinese ? "、" : ", "));
		return switch (this.kind) {
			case SUM_OF_ENTERPRISES -> "Σ " + (chinese ? this.field.label().zh() : this.field.label().en()) + " ("
					+ this.field.code() + ")" + (filters.isEmpty() ? "" : (chinese ? "," : ", ") + filters);
			case COUNT_OF_ENTERPRISES -> (chinese ? "企业数" : "count of enterprises")
					+ (filters.isEmpty() ? "" : (chinese ? ":" : ": ") + filters);
			case COUNT_OF_PLATFORMS -> (chinese ? "平台数:" : "count of platforms: ")
					+ this.kinds.stream().map((k) -> chinese ? k.nameZh() : k.nameEn()).collect(Collectors.joining("/"))
					+ ((this.minLevel != null) ? (chinese ? "," + this.minLevel.nameZh() + "及以上"
							: ", " + this.minLevel.nameEn() + " or above") : "");
		};
	}

}
