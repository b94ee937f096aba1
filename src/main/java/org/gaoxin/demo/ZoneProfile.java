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

	private static double[] times(double[] values, double factor) {
		double[] result = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = values[i] * factor;
		}
		return result;
	}

}
