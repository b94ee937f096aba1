package org.gaoxin.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.demo.ProvinceGenerator;
import org.gaoxin.evaluation.internal.ZoneYearAggregates;
import org.gaoxin.evaluation.internal.ZoneYearInputs;
import org.gaoxin.filing.EnterpriseYears;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.platform.Platforms;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.standard.Aggregate;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.statistics.ZoneFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise aggregates compiled into one SQL statement grouped by zone and year are
 * exactly those the per-enterprise path computes (value with its scale, records behind
 * it, coverage, why missing): for every standard, every zone of the demo and of a
 * generated province (3 zones × 3 years × 200 enterprises), every year, approved reports
 * and with pending ones. One subclass per database engine.
 */
public abstract class SetBasedAggregatesContract {

	private static final DataScope ADMIN = DataScope.everything(Role.ADMIN);

	@Autowired
	ProvinceGenerator generator;

	@Autowired
	Regions regions;

	@Autowired
	Standards standards;

	@Autowired
	ZoneYearAggregates aggregates;

	@Autowired
	EnterpriseYears enterprises;

	@Autowired
	ZoneFigures figures;

	@Autowired
	Platforms platforms;

	@Autowired
	Evaluator evaluator;

	@BeforeEach
	void generateProvinceOnce() {
		if (this.regions.findRegion(ProvinceGenerator.REGION).isEmpty()) {
			this.generator.generate(new ProvinceGenerator.Plan(3, 3, 200, 7L), (zone) -> {
			});
		}
	}

	@Test
	void theProvinceIsGeneratedWithEveryRecordTheStandardReads() {
		List<String> zones = ProvinceGenerator.zoneCodes(new ProvinceGenerator.Plan(3, 3, 200, 7L));
		assertThat(this.regions.zones().stream().map(Zone::code)).containsAll(zones);
		for (String zone : zones) {
			assertThat(this.evaluator.years(zone)).containsExactly(2019, 2020, 2021);
			List<org.gaoxin.filing.EnterpriseYear> in2021 = this.enterprises.inZone(zone, 2021,
					EnumSet.of(ReportStatus.APPROVED));
			assertThat(in2021).hasSize(200).allMatch((e) -> e.report() != null);
			assertThat(in2021).anyMatch(org.gaoxin.filing.EnterpriseYear::highTech)
				.anyMatch(org.gaoxin.filing.EnterpriseYear::techSme)
				.anyMatch(org.gaoxin.filing.EnterpriseYear::aboveDesignatedSize);
			assertThat(this.platforms.registered(zone)).isNotEmpty();
			assertThat(this.figures.years(zone)).containsExactly(2019, 2020, 2021);
		}
	}

	@Test
	void setBasedAggregatesEqualThePerEnterpriseOnes() {
		List<String> zones = this.regions.zones().stream().map(Zone::code).toList();
		List<Integer> years = new ArrayList<>();
		for (int year = 2017; year <= 2022; year++) {
			// one year before any data and one after: every aggregate missing
			years.add(year);
		}
		int compared = 0;
		for (Standard standard : standards()) {
			for (Set<ReportStatus> statuses : List.of(EnumSet.of(ReportStatus.APPROVED),
					EnumSet.of(ReportStatus.APPROVED, ReportStatus.SUBMITTED))) {
				Map<ZoneYearAggregates.ZoneYear, Map<String, InputValue>> computed = this.aggregates.compute(standard,
						zones, years, statuses);
				assertThat(computed).hasSize(zones.size() * years.size());
				for (String zone : zones) {
					for (int year : years) {
						ZoneYearInputs perEnterprise = new ZoneYearInputs(year, List.of(),
								this.enterprises.inZone(zone, year, statuses), this.platforms.registered(zone));
						Map<String, InputValue> fromSql = computed.get(new ZoneYearAggregates.ZoneYear(zone, year));
						for (Aggregate aggregate : standard.aggregates().values()) {
							if (aggregate.kind() == Aggregate.Kind.COUNT_OF_PLATFORMS) {
								continue;
							}
							assertThat(fromSql.get(aggregate.name()))
								.as("%s %s %d %s", standard.reference(), zone, year, aggregate.name())
								.isEqualTo(perEnterprise.aggregate(aggregate));
							compared++;
						}
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(1000);
	}

	@Test
	void everyYearOfAZoneAtOnceIsEachYearAlone() {
		for (String zone : List.of("QJ-HTZ", "P02-HTZ")) {
			YearOverYear all = this.evaluator.yearOverYear(zone, "CQ-MUNICIPAL-HTZ", false, ADMIN);
			assertThat(all.years()).isNotEmpty();
			for (Evaluation year : all.years()) {
				Evaluation alone = this.evaluator.evaluate(zone, year.year(), "CQ-MUNICIPAL-HTZ", false, ADMIN);
				assertThat(year.indicators()).isEqualTo(alone.indicators());
				assertThat(year.verdict()).isEqualTo(alone.verdict());
			}
		}
	}

	private List<Standard> standards() {
		return List.of(this.standards.resolve("CQ-MUNICIPAL-HTZ"), this.standards.resolve("CN-NATIONAL-HTZ-EVAL"));
	}

}
