package org.gaoxin.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gaoxin.filing.ReportField;
import org.gaoxin.platform.PlatformKind;
import org.gaoxin.platform.PlatformLevel;

/**
 * Inputs changed for a what-if evaluation; nothing stored is touched. Zone figures set or
 * changed; enterprises of the zone given a high-tech certificate or a tech-SME
 * registration for the year; enterprises that do not exist yet (counted, without a
 * report); platforms added; figures of enterprises' reports changed.
 *
 * @param certifiedHighTech enterprises of the zone holding a high-tech certificate in the
 * scenario
 * @param registeredTechSme enterprises of the zone registered as technology-based SMEs
 */
public record Scenario(List<FigureChange> figures, Set<Long> certifiedHighTech, Set<Long> registeredTechSme,
		List<NewEnterprises> newEnterprises, List<NewPlatforms> platforms, List<ReportChange> reports) {

	/** The stored data as it is. */
	public static final Scenario NONE = new Scenario(List.of(), Set.of(), Set.of(), List.of(), List.of(), List.of());

	public Scenario {
		figures = List.copyOf(figures);
		certifiedHighTech = Set.copyOf(certifiedHighTech);
		registeredTechSme = Set.copyOf(registeredTechSme);
		newEnterprises = List.copyOf(newEnterprises);
		platforms = List.copyOf(platforms);
		reports = List.copyOf(reports);
	}

	public boolean changesNothing() {
		return this.figures.isEmpty() && this.certifiedHighTech.isEmpty() && this.registeredTechSme.isEmpty()
				&& this.newEnterprises.isEmpty() && this.platforms.isEmpty() && this.reports.isEmpty();
	}

	/** How a number changes: set to the amount, the amount added, or by a percentage. */
	public enum Mode {

		SET, ADD, PERCENT;

		/**
		 * The changed number; a missing number stays missing unless it is set, since a
		 * change of nothing is still nothing.
		 */
		public BigDecimal apply(BigDecimal current, BigDecimal amount) {
			return switch (this) {
				case SET -> amount;
				case ADD -> (current != null) ? current.add(amount) : null;
				case PERCENT -> (current != null)
						? current.multiply(BigDecimal.ONE.add(amount.movePointLeft(2)), MathContext.DECIMAL64) : null;
			};
		}

	}

	/**
	 * A zone figure changed; for a yes/no figure SET with a non-zero amount means yes.
	 */
	public record FigureChange(String code, Mode mode, BigDecimal amount) {

		public FigureChange {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(mode, "mode");
			Objects.requireNonNull(amount, "amount");
		}

	}

	/**
	 * Enterprises that do not exist yet: counted by enterprise counts, absent from sums
	 * over reports.
	 */
	public record NewEnterprises(int count, boolean highTech, boolean techSme) {

		public NewEnterprises {
			if (count < 1) {
				throw new IllegalArgumentException("at least one new enterprise");
			}
		}

	}

	/** Platforms established in the evaluated year. */
	public record NewPlatforms(PlatformKind kind, PlatformLevel level, int count) {

		public NewPlatforms {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(level, "level");
			if (count < 1) {
				throw new IllegalArgumentException("at least one new platform");
			}
		}

	}

	/** A figure of one enterprise's report for the year changed (e.g. R&D +30 %). */
	public record ReportChange(long enterpriseId, ReportField field, Mode mode, BigDecimal amount) {

		public ReportChange {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(mode, "mode");
			Objects.requireNonNull(amount, "amount");
		}

	}

}
