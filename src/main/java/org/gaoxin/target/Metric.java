package org.gaoxin.target;

import java.util.Objects;

import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.Unit;

/**
 * What a zone's targets measure, defined as data.
 *
 * @param key the metric's name within the zone, e.g. {@code high_tech_enterprises}
 * @param standardCode the standard an indicator, aggregate or core count belongs to; null
 * for a zone figure
 * @param reference the indicator's code, the figure's code, or the formula
 * @param position where the metric comes in lists
 */
public record Metric(String zoneCode, String key, MetricKind kind, String standardCode, String reference, Unit unit,
		LocalizedText name, int position) {

	/**
	 * What a definition must give, refused by the field's name: its kind, reference, unit
	 * and name, and the standard of every kind but a zone figure.
	 */
	public Metric {
		Objects.requireNonNull(zoneCode, "zoneCode");
		Objects.requireNonNull(key, "key");
		required("kind", kind);
		required("reference", (reference != null && !reference.isBlank()) ? reference : null);
		required("unit", unit);
		required("name", name);
		if (kind != MetricKind.FIGURE && (standardCode == null || standardCode.isBlank())) {
			throw new InputRefused("standard", "required");
		}
	}

	private static void required(String field, Object value) {
		if (value == null) {
			throw new InputRefused(field, "required");
		}
	}

	/**
	 * The formula measuring it over the zone-year's inputs; null for an indicator or the
	 * core count, which the evaluation itself gives.
	 */
	public String formula() {
		return (this.kind == MetricKind.FIGURE || this.kind == MetricKind.AGGREGATE) ? this.reference : null;
	}

	/** Whole units (enterprises, institutions): forecasts and paths count them. */
	public boolean counted() {
		return this.unit == Unit.ENTERPRISES || this.unit == Unit.INSTITUTIONS || this.unit == Unit.PROJECTS
				|| this.unit == Unit.ITEMS || this.unit == Unit.PERSONS || this.unit == Unit.INDICATORS;
	}

}
