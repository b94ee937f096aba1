package org.gaoxin.demo;

/**
 * What the demo generator must reproduce for one zone, per year 2018..2021 (index 0..3):
 * counts exactly, amounts and shares as calibration targets (INDICATORS.md §C for
 * Qianjiang).
 */
record ZoneProfile(String zoneCode, String divisionCode, String namePrefix, long seed, int[] enterprises, int[] techSme,
		int[] highTech, int[] aboveSize, int largeEnterprises, double[] aboveSizeOutputYi,
		double[] highTechOutputSharePct, double[] chainOutputSharePct, double[] strategicOutputSharePct,
		double[] taxesYi, double[] rdIntensityPct, double[] gdpYi, double[] patentsPer10k, int[] population,
		double[] rdStaffSharePct, double[] technologyRevenueYi, boolean hasChains, int readyCandidates,
		int nearCandidates) {

	static final int FIRST_YEAR = 2018;

	static final int LAST_YEAR = 2021;

	static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;

	/** How many years the profile covers: its series' length. */
	int years() {
		return this.enterprises.length;
	}

	/** The profile's first year: its last year is always {@link #LAST_YEAR}. */
	int firstYear() {
		return LAST_YEAR - years() + 1;
	}

	int lastYear() {
		return LAST_YEAR;
	}

	static ZoneProfile qianjiang() {
		return new ZoneProfile("QJ-HTZ", "500114", "黔江", 20211029L, new int[] { 330, 385, 440, 490 },
				new int[] { 198, 246, 301, 350 }, new int[] { 21, 26, 31, 37 }, new int[] { 71, 78, 84, 92 }, 24,
				new double[] { 128, 141, 152, 171 }, new double[] { 31.0, 34.0, 36.5, 39.2 },
				new double[] { 47.0, 50.5, 53.0, 56.0 }, new double[] { 16.0, 18.5, 21.0, 23.4 },
				new double[] { 8.1, 9.2, 9.9, 11.3 }, new double[] { 1.9, 2.2, 2.4, 2.6 },
				new double[] { 150, 160, 168, 180 }, new double[] { 5.2, 6.4, 7.6, 8.9 },
				new int[] { 472_000, 475_000, 478_000, 480_000 }, new double[] { 6.5, 7.3, 8.1, 8.8 },
				new double[] { 1.3, 1.7, 2.2, 2.7 }, true, 14, 22);
	}

	/**
	 * A neighbouring district's industrial park: smaller than Qianjiang and behind it on
	 * every ratio, with the 2021 counts the source gives (e.g. 武隆 198 tech SMEs, 7
	 * high-tech).
	 */
	static ZoneProfile neighbour(String zoneCode, String divisionCode, String namePrefix, long seed, int techSme2021,
			int highTech2021, double scale) {
		ZoneProfile q = qianjiang();
		int[] techSme = new int[YEARS];
		int[] enterprises = new int[YEARS];
		int[] highTech = new int[YEARS];
		int[] aboveSize = new int[YEARS];
		for (int i = 0; i < YEARS; i++) {
			techSme[i] = (int) Math.round(techSme2021 * (double) q.techSme()[i] / q.techSme()[YEARS - 1]);
			enterprises[i] = (int) Math.round(techSme[i] * 1.35);
			highTech[i] = Math.max(1, highTech2021 - (YEARS - 1 - i));
			aboveSize[i] = (int) Math.round(q.aboveSize()[i] * scale);
		}
		techSme[YEARS - 1] = techSme2021;
		highTech[YEARS - 1] = highTech2021;
		return new ZoneProfile(zoneCode, divisionCode, namePrefix, seed, enterprises, techSme, highTech, aboveSize,
				Math.max(2, (int) Math.round(q.largeEnterprises() * scale)), times(q.aboveSizeOutputYi(), scale),
				times(q.highTechOutputSharePct(), 0.45), times(q.chainOutputSharePct(), 0),
				times(q.strategicOutputSharePct(), 0.6), times(q.taxesYi(), scale), times(q.rdIntensityPct(), 0.55),
				times(q.gdpYi(), scale * 1.1), times(q.patentsPer10k(), 0.4),
				new int[] { 380_000, 381_000, 382_000, 383_000 }, times(q.rdStaffSharePct(), 0.6),
				times(q.technologyRevenueYi(), scale * 0.4), false,
				(int) Math.max(1, Math.round(q.readyCandidates() * scale * 0.3)),
				(int) Math.max(1, Math.round(q.nearCandidates() * scale * 0.3)));
	}

	/**
	 * A zone of a synthetic province: Qianjiang's shape with {@code enterprises} in every
	 * year of {@code years} ending {@link #LAST_YEAR}, its amounts scaled to that size
	 * and by {@code size} (0.5–1.5 makes zones differ), its series carried back before
	 * 2018 along their 2018–2021 trend (amounts geometrically, shares linearly).
	 */
	static ZoneProfile province(String zoneCode, String divisionCode, String namePrefix, long seed, int enterprises,
			int years, double size) {
		ZoneProfile q = qianjiang();
		double f = enterprises * size / q.enterprises()[YEARS - 1];
		int[] all = new int[years];
		java.util.Arrays.fill(all, enterprises);
		double[] techSme = shareOf(q.techSme(), q.enterprises(), years, enterprises);
		double[] highTech = shareOf(q.highTech(), q.enterprises(), years, enterprises);
		double[] aboveSize = shareOf(q.aboveSize(), q.enterprises(), years, enterprises);
		int[] population = java.util.Arrays.stream(back(toDouble(q.population()), years, true))
			.mapToInt((p) -> (int) Math.round(p * f))
			.toArray();
		return new ZoneProfile(zoneCode, divisionCode, namePrefix, seed, all, rounded(techSme), rounded(highTech),
				rounded(aboveSize), Math.max(1, (int) Math.round(q.largeEnterprises() * enterprises / 490.0 * 0.8)),
				times(back(q.aboveSizeOutputYi(), years, true), f), back(q.highTechOutputSharePct(), years, false),
				times(back(q.chainOutputSharePct(), years, false), 0), back(q.strategicOutputSharePct(), years, false),
				times(back(q.taxesYi(), years, true), f), times(back(q.rdIntensityPct(), years, false), size),
				times(back(q.gdpYi(), years, true), f), back(q.patentsPer10k(), years, false), population,
				back(q.rdStaffSharePct(), years, false), times(back(q.technologyRevenueYi(), years, true), f), false,
				Math.max(1, enterprises / 60), Math.max(1, enterprises / 40));
	}

	/**
	 * The count's share of the enterprises per year, carried back, times {@code total}.
	 */
	private static double[] shareOf(int[] count, int[] enterprises, int years, int total) {
		double[] share = new double[YEARS];
		for (int i = 0; i < YEARS; i++) {
			share[i] = (double) count[i] / enterprises[i];
		}
		double[] back = back(share, years, false);
		double[] result = new double[years];
		for (int k = 0; k < years; k++) {
			// counts never fall: a later year keeps at least the earlier one
			result[k] = Math.max((k > 0) ? result[k - 1] : 1, Math.max(0.01, back[k]) * total);
		}
		return result;
	}

	/**
	 * A 2018–2021 series as {@code years} values ending 2021: earlier years follow the
	 * first step backwards (by ratio when {@code geometric}, else by difference, never
	 * below a fifth of 2018's value); fewer years keep the last ones.
	 */
	static double[] back(double[] series, int years, boolean geometric) {
		int n = series.length;
		double[] result = new double[years];
		for (int k = 0; k < years; k++) {
			int index = k - (years - n);
			if (index >= 0) {
				result[k] = series[index];
			}
			else {
				int steps = -index;
				double value = geometric ? series[0] * Math.pow(series[0] / series[1], steps)
						: series[0] - steps * (series[1] - series[0]);
				result[k] = Math.max(series[0] / 5, value);
			}
		}
		return result;
	}

	private static double[] toDouble(int[] values) {
		return java.util.Arrays.stream(values).asDoubleStream().toArray();
	}

	private static int[] rounded(double[] values) {
		return java.util.Arrays.stream(values).mapToInt((v) -> (int) Math.round(v)).toArray();
	}

	private static double[] times(double[] values, double factor) {
		double[] result = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = values[i] * factor;
		}
		return result;
	}

}
