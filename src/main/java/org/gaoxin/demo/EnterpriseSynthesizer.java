package org.gaoxin.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.NewEnterprise;
import org.gaoxin.filing.ReportStatus;
import org.gaoxin.shared.Unit;

/**
 * Generates a zone's enterprises, their annual reports 2018–2021, certificates and
 * registrations from a fixed seed, then calibrates the amounts so that the zone's
 * aggregates meet its {@link ZoneProfile}: counts exactly, sums and shares to rounding.
 */
final class EnterpriseSynthesizer {

	static final int NEVER = 9999;

	private static final double YI = Unit.THOUSAND_YUAN_PER_YI.doubleValue();

	/**
	 * Output of industrial enterprises below designated size, as a share of the
	 * above-size output.
	 */
	private static final double SMALL_INDUSTRY_OUTPUT_SHARE = 0.06;

	private static final double ABOVE_SIZE_REVENUE = 20_000;

	private static final double SME_LIMIT = 195_000;

	private static final int SME_STAFF_LIMIT = 490;

	private final ZoneProfile p;

	private final Random random;

	private final Naming naming;

	private final int n;

	private final int years;

	private final int firstYear;

	private final int[] regYear;

	private final ChainPlan[] plan;

	private final int[] aboveFrom;

	private final boolean[] large;

	private final int[] firstCert;

	private final boolean[] strategic;

	/**
	 * Cultivation tier: 0 none, READY, or one of the NEAR kinds (one condition short).
	 */
	private final int[] candidate;

	static final int READY = 1;

	static final int NEAR_RD = 2;

	static final int NEAR_HIGH_TECH_REVENUE = 3;

	static final int NEAR_STAFF = 4;

	static final int NEAR_IP = 5;

	private final boolean[] exporter;

	private final boolean[][] sme;

	private final double[][] revenue;

	private final double[][] output;

	private final double[][] rd;

	private final int[][] employees;

	private final int[][] rdStaff;

	private final double[][] taxes;

	private final double[][] techRevenue;

	private final int[][] patents;

	EnterpriseSynthesizer(ZoneProfile profile, Naming naming) {
		this.p = profile;
		this.random = new Random(profile.seed());
		this.naming = naming;
		this.years = profile.years();
		this.firstYear = profile.firstYear();
		this.n = profile.enterprises()[this.years - 1];
		this.regYear = new int[this.n];
		this.plan = new ChainPlan[this.n];
		this.aboveFrom = filled(this.n, NEVER);
		this.large = new boolean[this.n];
		this.firstCert = filled(this.n, NEVER);
		this.strategic = new boolean[this.n];
		this.candidate = new int[this.n];
		this.exporter = new boolean[this.n];
		this.sme = new boolean[this.n][this.years];
		this.revenue = new double[this.n][this.years];
		this.output = new double[this.n][this.years];
		this.rd = new double[this.n][this.years];
		this.employees = new int[this.n][this.years];
		this.rdStaff = new int[this.n][this.years];
		this.taxes = new double[this.n][this.years];
		this.techRevenue = new double[this.n][this.years];
		this.patents = new int[this.years][this.n];
	}

	SyntheticZone synthesize() {
		population();
		sizes();
		for (int k = 0; k < this.years; k++) {
			calibrateOutput(k);
			techSmes(k);
			researchAndDevelopment(k);
			staff(k);
			taxesAndTechnologyRevenue(k);
		}
		patents();
		return assemble();
	}

	private int year(int k) {
		return this.firstYear + k;
	}

	private boolean exists(int i, int k) {
		return this.regYear[i] <= year(k);
	}

	private boolean above(int i, int k) {
		return this.aboveFrom[i] <= year(k);
	}

	private boolean highTech(int i, int k) {
		return this.firstCert[i] <= year(k);
	}

	/**
	 * A cultivation candidate in the three years its accreditation looks back on
	 * (2019–2021).
	 */
	private boolean pipelineIn(int i, int k) {
		return this.candidate[i] != 0 && k >= this.years - 3;
	}

	private boolean industrial(int i) {
		return this.plan[i].industrial();
	}

	private void population() {
		int[] counts = this.p.enterprises();
		for (int i = 0; i < this.n; i++) {
			// before the first year, or in the first year whose count includes it
			int cohort = 0;
			while (i >= counts[cohort]) {
				cohort++;
			}
			this.regYear[i] = (cohort == 0) ? this.firstYear - 15 + this.random.nextInt(16) : year(cohort);
		}
		int[] above = this.p.aboveSize();
		pick(above[0], (i) -> this.regYear[i] <= this.firstYear - 1, (i) -> 1,
				(i) -> this.aboveFrom[i] = this.firstYear);
		for (int k = 1; k < this.years; k++) {
			int y = year(k);
			pick(above[k] - above[k - 1], (i) -> this.regYear[i] <= y - 1 && this.aboveFrom[i] == NEVER, (i) -> 1,
					(i) -> this.aboveFrom[i] = y);
		}
		pick(this.p.largeEnterprises(), (i) -> this.aboveFrom[i] == this.firstYear, (i) -> 1,
				(i) -> this.large[i] = true);
		for (int i = 0; i < this.n; i++) {
			boolean industrial = this.aboveFrom[i] != NEVER || this.random.nextDouble() < 0.3;
			ChainPlan chosen;
			if (industrial) {
				chosen = (this.random.nextDouble() < 0.55) ? any(ChainPlan.CHAIN_INDUSTRIAL)
						: any(ChainPlan.OTHER_INDUSTRIAL);
			}
			else {
				chosen = (this.random.nextDouble() < 0.25) ? any(ChainPlan.CHAIN_SERVICES)
						: any(ChainPlan.OTHER_SERVICES);
			}
			this.plan[i] = this.p.hasChains() ? chosen : chosen.withoutChain();
		}
		int[] hte = this.p.highTech();
		ToDoubleFunction<Integer> hteWeight = (i) -> this.large[i] ? 4
				: (this.aboveFrom[i] != NEVER) ? 2 : industrial(i) ? 0.5 : 1.2;
		int earliestCert = this.firstYear - 8;
		pick(hte[0], (i) -> this.regYear[i] <= this.firstYear - 2, hteWeight,
				(i) -> this.firstCert[i] = Math.max(earliestCert, this.regYear[i] + 1)
						+ this.random.nextInt(this.firstYear - Math.max(earliestCert, this.regYear[i] + 1) + 1));
		for (int k = 1; k < this.years; k++) {
			int y = year(k);
			pick(hte[k] - hte[k - 1], (i) -> this.regYear[i] <= y - 1 && this.firstCert[i] == NEVER, hteWeight,
					(i) -> this.firstCert[i] = y);
		}
		IntPredicate pipeline = (i) -> this.firstCert[i] == NEVER && this.candidate[i] == 0
				&& this.regYear[i] <= this.firstYear && !this.large[i];
		ToDoubleFunction<Integer> pipelineWeight = (i) -> !industrial(i) ? 1.5 : (this.aboveFrom[i] != NEVER) ? 1.2 : 1;
		pick(this.p.readyCandidates(), pipeline, pipelineWeight, (i) -> this.candidate[i] = READY);
		pick(this.p.nearCandidates(), pipeline, pipelineWeight,
				(i) -> this.candidate[i] = NEAR_RD + this.random.nextInt(4));
		for (int i = 0; i < this.n; i++) {
			double chance = !industrial(i) ? 0
					: (this.firstCert[i] != NEVER) ? 0.6 : "QJ-NM".equals(this.plan[i].chainCode()) ? 0.5
							: "QJ-HEALTH".equals(this.plan[i].chainCode()) ? 0.4 : 0.1;
			this.strategic[i] = this.random.nextDouble() < chance;
			this.exporter[i] = this.random.nextDouble() < 0.25;
		}
	}

	/**
	 * Revenue, staff and assets before calibration, following each enterprise's growth
	 * path.
	 */
	private void sizes() {
		for (int i = 0; i < this.n; i++) {
			double base = this.large[i] ? logUniform(220_000, 900_000)
					: (this.aboveFrom[i] != NEVER) ? logUniform(25_000, 180_000)
							: industrial(i) ? logUniform(2_500, 18_000) : logUniform(1_200, 40_000);
			double growth = 0.04 + 0.12 * this.random.nextDouble();
			double outputRatio = 0.95 + 0.13 * this.random.nextDouble();
			for (int k = 0; k < this.years; k++) {
				if (!exists(i, k)) {
					continue;
				}
				double value = base / Math.pow(1 + growth, this.p.lastYear() - year(k))
						* (0.97 + 0.06 * this.random.nextDouble());
				if (this.regYear[i] == year(k)) {
					value *= 0.5;
				}
				if (this.aboveFrom[i] != NEVER) {
					value = above(i, k) ? Math.max(value, ABOVE_SIZE_REVENUE + 500 + 2000 * this.random.nextDouble())
							: 12_000 + 7_500 * this.random.nextDouble();
				}
				else if (industrial(i)) {
					value = Math.min(value, ABOVE_SIZE_REVENUE - 500);
				}
				this.revenue[i][k] = value;
				this.output[i][k] = industrial(i) ? value * outputRatio : 0;
			}
		}
	}

	/**
	 * Scales industrial output so that the above-size total and the group shares are the
	 * profile's.
	 */
	private void calibrateOutput(int k) {
		double aboveTotal = this.p.aboveSizeOutputYi()[k] * YI;
		double total = aboveTotal * (1 + SMALL_INDUSTRY_OUTPUT_SHARE);
		double hteShare = this.p.highTechOutputSharePct()[k] / 100;
		IntPredicate live = (i) -> exists(i, k) && industrial(i);
		List<List<Raking.Margin>> partitions = new ArrayList<>();
		partitions.add(List.of(new Raking.Margin((i) -> live.test(i) && above(i, k), aboveTotal),
				new Raking.Margin((i) -> live.test(i) && !above(i, k), total - aboveTotal)));
		partitions.add(List.of(
				new Raking.Margin((i) -> live.test(i) && above(i, k) && highTech(i, k), hteShare * aboveTotal),
				new Raking.Margin((i) -> live.test(i) && above(i, k) && !highTech(i, k), (1 - hteShare) * aboveTotal)));
		if (this.p.hasChains()) {
			double chainShare = this.p.chainOutputSharePct()[k] / 100;
			partitions.add(List.of(
					new Raking.Margin((i) -> live.test(i) && this.plan[i].chainCode() != null, chainShare * total),
					new Raking.Margin((i) -> live.test(i) && this.plan[i].chainCode() == null,
							(1 - chainShare) * total)));
		}
		double strategicShare = this.p.strategicOutputSharePct()[k] / 100;
		partitions.add(List.of(new Raking.Margin((i) -> live.test(i) && this.strategic[i], strategicShare * total),
				new Raking.Margin((i) -> live.test(i) && !this.strategic[i], (1 - strategicShare) * total)));
		double[] weights = new double[this.n];
		for (int i = 0; i < this.n; i++) {
			weights[i] = this.output[i][k];
		}
		Raking.fit(weights, partitions, 80);
		for (int i = 0; i < this.n; i++) {
			if (!live.test(i)) {
				continue;
			}
			double ratio = this.output[i][k] / this.revenue[i][k];
			this.output[i][k] = weights[i];
			double value = weights[i] / ratio;
			this.revenue[i][k] = above(i, k) ? Math.max(value, ABOVE_SIZE_REVENUE + 100)
					: Math.min(value, ABOVE_SIZE_REVENUE - 100);
		}
		for (int i = 0; i < this.n; i++) {
			if (exists(i, k)) {
				double productivity = 450 + 700 * unit(i, 1);
				this.employees[i][k] = Math.max(6, (int) Math.round(this.revenue[i][k] / productivity));
			}
		}
	}

	/**
	 * Technology-based SME registrations: last year's stay while eligible, new ones fill
	 * up to the count.
	 */
	private void techSmes(int k) {
		int target = this.p.techSme()[k];
		int count = 0;
		for (int i = 0; i < this.n; i++) {
			if (k > 0 && this.sme[i][k - 1] && smeEligible(i, k)) {
				this.sme[i][k] = true;
				count++;
			}
		}
		pick(target - count, (i) -> !this.sme[i][k] && smeEligible(i, k),
				(i) -> highTech(i, k) ? 5 : !industrial(i) ? 2 : above(i, k) ? 0.8 : 1, (i) -> this.sme[i][k] = true);
	}

	private boolean smeEligible(int i, int k) {
		return exists(i, k) && !this.large[i] && this.revenue[i][k] <= SME_LIMIT
				&& this.employees[i][k] <= SME_STAFF_LIMIT && assets(i, k) <= SME_LIMIT;
	}

	private double assets(int i, int k) {
		return this.revenue[i][k] * (0.8 + 0.7 * unit(i, 2));
	}

	/**
	 * R&D: high-tech enterprises keep the band their revenue requires; the rest meet the
	 * zone's intensity.
	 */
	private void researchAndDevelopment(int k) {
		double target = this.p.rdIntensityPct()[k] / 100 * this.p.gdpYi()[k] * YI;
		double fixed = 0;
		double smeSum = 0;
		double otherSum = 0;
		for (int i = 0; i < this.n; i++) {
			if (!exists(i, k)) {
				continue;
			}
			double r = this.random.nextDouble();
			double rev = this.revenue[i][k];
			double ratio;
			if (highTech(i, k) || pipelineIn(i, k)) {
				ratio = (rev <= 50_000) ? 0.055 + 0.025 * r : (rev <= 200_000) ? 0.045 + 0.02 * r : 0.032 + 0.015 * r;
				if (this.candidate[i] == NEAR_RD) {
					ratio = ((rev <= 50_000) ? 0.05 : (rev <= 200_000) ? 0.04 : 0.03) - 0.003 - 0.005 * r;
				}
				fixed += ratio * rev;
			}
			else if (this.sme[i][k]) {
				ratio = 0.03 + 0.045 * r;
				smeSum += ratio * rev;
			}
			else {
				ratio = 0.003 + 0.015 * r;
				otherSum += ratio * rev;
			}
			this.rd[i][k] = ratio * rev;
		}
		double otherFactor = clamp((target - fixed - smeSum) / otherSum, 0.1, 4);
		double smeFactor = clamp((target - fixed - otherSum * otherFactor) / smeSum, 0.3, 2);
		for (int i = 0; i < this.n; i++) {
			if (exists(i, k) && !highTech(i, k) && !pipelineIn(i, k)) {
				this.rd[i][k] *= this.sme[i][k] ? smeFactor : otherFactor;
			}
		}
	}

	private void staff(int k) {
		long totalEmployees = 0;
		int fixed = 0;
		double[] weights = new double[this.n];
		for (int i = 0; i < this.n; i++) {
			if (!exists(i, k)) {
				continue;
			}
			totalEmployees += this.employees[i][k];
			if (highTech(i, k) || pipelineIn(i, k)) {
				double share = (this.candidate[i] == NEAR_STAFF) ? 0.05 + 0.02 * unit(i, 3) : 0.12 + 0.12 * unit(i, 3);
				this.rdStaff[i][k] = (int) Math.round(this.employees[i][k] * share);
				fixed += this.rdStaff[i][k];
			}
			else {
				weights[i] = this.employees[i][k]
						* (this.sme[i][k] ? 0.08 + 0.12 * unit(i, 3) : 0.02 + 0.04 * unit(i, 3));
			}
		}
		int target = (int) Math.round(this.p.rdStaffSharePct()[k] / 100 * totalEmployees) - fixed;
		int[] allocated = Raking.allocate(Math.max(0, target), weights, new int[this.n]);
		for (int i = 0; i < this.n; i++) {
			if (exists(i, k) && !highTech(i, k) && !pipelineIn(i, k)) {
				this.rdStaff[i][k] = Math.min(allocated[i], this.employees[i][k]);
			}
		}
	}

	private void taxesAndTechnologyRevenue(int k) {
		double taxSum = 0;
		double techSum = 0;
		for (int i = 0; i < this.n; i++) {
			if (!exists(i, k)) {
				continue;
			}
			this.taxes[i][k] = this.revenue[i][k] * (0.03 + 0.04 * this.random.nextDouble());
			taxSum += this.taxes[i][k];
			boolean technical = highTech(i, k) || (!industrial(i) && this.plan[i].field() != null);
			this.techRevenue[i][k] = technical ? this.revenue[i][k] * (0.02 + 0.13 * this.random.nextDouble()) : 0;
			techSum += this.techRevenue[i][k];
		}
		double taxFactor = this.p.taxesYi()[k] * YI / taxSum;
		double techFactor = this.p.technologyRevenueYi()[k] * YI / techSum;
		for (int i = 0; i < this.n; i++) {
			this.taxes[i][k] *= taxFactor;
			this.techRevenue[i][k] = Math.min(this.techRevenue[i][k] * techFactor, this.revenue[i][k] * 0.5);
		}
	}

	/**
	 * Invention patents owned: the zone's per-10,000-people figure, each high-tech
	 * enterprise owning at least one.
	 */
	private void patents() {
		int last = this.years - 1;
		int[] totals = new int[this.years];
		for (int k = 0; k < this.years; k++) {
			totals[k] = (int) Math.round(this.p.patentsPer10k()[k] * this.p.population()[k] / 10_000);
		}
		double[] weights = new double[this.n];
		int[] minimums = new int[this.n];
		for (int i = 0; i < this.n; i++) {
			double kind = (this.candidate[i] == NEAR_IP) ? 0 : (highTech(i, last) || this.candidate[i] != 0) ? 6
					: this.sme[i][last] ? 1.2 : industrial(i) ? 0.4 : 0.2;
			weights[i] = kind * Math.pow(this.revenue[i][last] / 10_000, 0.3) * (0.5 + this.random.nextDouble());
			minimums[i] = (highTech(i, last) || (this.candidate[i] != 0 && this.candidate[i] != NEAR_IP)) ? 1 : 0;
		}
		this.patents[last] = Raking.allocate(totals[last], weights, minimums);
		for (int k = 0; k < last; k++) {
			double[] earlier = new double[this.n];
			int[] floor = new int[this.n];
			for (int i = 0; i < this.n; i++) {
				earlier[i] = exists(i, k) ? this.patents[last][i] : 0;
				floor[i] = highTech(i, k) ? 1 : 0;
			}
			this.patents[k] = Raking.allocate(totals[k], earlier, floor);
		}
	}

	private SyntheticZone assemble() {
		List<NewEnterprise> enterprises = new ArrayList<>();
		List<AnnualReport> reports = new ArrayList<>();
		List<SyntheticZone.Certificate> certificates = new ArrayList<>();
		List<SyntheticZone.Registration> registrations = new ArrayList<>();
		int last = this.years - 1;
		for (int i = 0; i < this.n; i++) {
			ChainPlan where = this.plan[i];
			boolean hasField = highTech(i, last) || this.candidate[i] != 0 || this.sme[i][last]
					|| this.random.nextDouble() < 0.6;
			LocalDate registered = LocalDate.of(this.regYear[i], 1 + this.random.nextInt(12),
					1 + this.random.nextInt(28));
			enterprises.add(new NewEnterprise(this.naming.creditCode(this.random, this.p.divisionCode()),
					this.naming.name(this.random, this.p.namePrefix(), where.business()), this.p.zoneCode(),
					where.industry(), hasField ? where.field() : null, registered, above(i, last), this.strategic[i],
					where.chainCode(), where.linkCode()));
			for (int k = 0; k < this.years; k++) {
				if (exists(i, k)) {
					reports.add(report(i, k));
				}
			}
			if (this.firstCert[i] != NEVER) {
				for (int y = this.firstCert[i]; y <= this.p.lastYear(); y += 3) {
					certificates.add(new SyntheticZone.Certificate(i, y, null));
				}
			}
			for (int k = 0; k < this.years; k++) {
				if (this.sme[i][k]) {
					registrations.add(new SyntheticZone.Registration(i, year(k), null));
				}
			}
		}
		return new SyntheticZone(this.p, enterprises, reports, certificates, registrations);
	}

	private AnnualReport report(int i, int k) {
		Random r = this.random;
		double rev = this.revenue[i][k];
		boolean hte = highTech(i, k) || (pipelineIn(i, k) && this.candidate[i] != NEAR_HIGH_TECH_REVENUE);
		boolean noIp = this.candidate[i] == NEAR_IP;
		double productSales = rev * (0.88 + 0.1 * r.nextDouble());
		double highTechRevenue = Math.min(productSales,
				hte ? rev * (0.66 + 0.2 * r.nextDouble()) : rev * 0.5 * r.nextDouble());
		double exports = this.exporter[i] ? rev * (0.05 + 0.25 * r.nextDouble()) : 0;
		double highTechExports = exports * (hte ? 0.5 + 0.3 * r.nextDouble() : 0.2 * r.nextDouble());
		double serviceExports = Math.min(this.techRevenue[i][k] * 0.1, exports - highTechExports);
		double costs = rev * (0.82 + 0.14 * r.nextDouble());
		BigDecimal assets = money(assets(i, k));
		BigDecimal liabilities = money(assets.doubleValue() * (0.3 + 0.35 * r.nextDouble()));
		int staff = this.employees[i][k];
		int rdPeople = this.rdStaff[i][k];
		boolean staffShort = pipelineIn(i, k) && this.candidate[i] == NEAR_STAFF;
		int stFloor = staffShort ? (int) Math.floor(staff * 0.085)
				: (hte || pipelineIn(i, k)) ? (int) Math.ceil(staff * 0.11)
						: this.sme[i][k] ? (int) Math.round(staff * (0.15 + 0.25 * unit(i, 4))) : 0;
		int stStaff = staffShort ? Math.max(rdPeople, stFloor)
				: Math.min(staff, Math.max(stFloor, (int) Math.round(rdPeople * (1.1 + 0.5 * r.nextDouble()))));
		int owned = this.patents[k][i];
		int previous = (k > 0) ? this.patents[k - 1][i] : Math.max(0, owned - 1);
		int granted = Math.min(owned, Math.max(0, owned - previous) + (r.nextDouble() < 0.2 ? 1 : 0));
		double growthOfIp = 0.6 + 0.4 * k / (this.years - 1.0);
		int utilityModels = (int) Math
			.round((hte ? 4 + 12 * unit(i, 5) : this.sme[i][k] ? 3 + 8 * unit(i, 5) : 3 * unit(i, 5)) * growthOfIp);
		int software = noIp ? 0
				: (int) Math.round((!industrial(i) ? 1 + 10 * unit(i, 6) : 2 * unit(i, 6)) * growthOfIp);
		int conversions = pipelineIn(i, k) ? 3 + r.nextInt(3)
				: hte ? 2 + r.nextInt(5) : this.sme[i][k] ? r.nextInt(4) : r.nextInt(2);
		double energy = industrial(i) ? this.output[i][k] / 10 * 0.19 * (0.5 + r.nextDouble()) : rev / 10 * 0.01;
		return new AnnualReport(i, year(k), ReportStatus.APPROVED, above(i, k), money(this.output[i][k]), money(rev),
				money(this.techRevenue[i][k]), money(productSales), money(highTechRevenue), money(exports),
				money(highTechExports), money(serviceExports), money(this.rd[i][k]),
				money(this.rd[i][k] * (hte ? 0.88 + 0.12 * r.nextDouble() : 0.7 + 0.3 * r.nextDouble())), money(costs),
				money(rev - costs - this.taxes[i][k]), money(this.taxes[i][k]), assets, liabilities,
				assets.subtract(liabilities), money(assets.doubleValue() * (0.03 + 0.12 * r.nextDouble())),
				money(energy), staff, stStaff, rdPeople, granted + r.nextInt(4), granted, owned, utilityModels,
				(int) Math.round(3 * unit(i, 7)), software, conversions);
	}

	/**
	 * A stable pseudo-random number in [0, 1) per enterprise and purpose, independent of
	 * call order.
	 */
	private double unit(int i, int purpose) {
		long h = this.p.seed() * 31 + i * 1_000_003L + purpose * 7919L;
		h ^= (h >>> 33);
		h *= 0xff51afd7ed558ccdL;
		h ^= (h >>> 33);
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= (h >>> 33);
		return (h >>> 11) * 0x1.0p-53;
	}

	/**
	 * Picks {@code count} enterprises among the candidates, weighted, without
	 * replacement.
	 */
	private void pick(int count, IntPredicate candidate, ToDoubleFunction<Integer> weight,
			java.util.function.IntConsumer action) {
		boolean[] taken = new boolean[this.n];
		for (int c = 0; c < count; c++) {
			double sum = 0;
			for (int i = 0; i < this.n; i++) {
				if (!taken[i] && candidate.test(i)) {
					sum += weight.applyAsDouble(i);
				}
			}
			if (sum <= 0) {
				throw new IllegalStateException(
						"Demo profile " + this.p.zoneCode() + " asks for more enterprises than exist");
			}
			double point = this.random.nextDouble() * sum;
			int chosen = -1;
			for (int i = 0; i < this.n; i++) {
				if (!taken[i] && candidate.test(i)) {
					chosen = i;
					point -= weight.applyAsDouble(i);
					if (point <= 0) {
						break;
					}
				}
			}
			taken[chosen] = true;
			action.accept(chosen);
		}
	}

	private <T> T any(T[] options) {
		return options[this.random.nextInt(options.length)];
	}

	private double logUniform(double low, double high) {
		return Math.exp(Math.log(low) + this.random.nextDouble() * (Math.log(high) - Math.log(low)));
	}

	private static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}

	private static int[] filled(int size, int value) {
		int[] array = new int[size];
		Arrays.fill(array, value);
		return array;
	}

	private static BigDecimal money(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
