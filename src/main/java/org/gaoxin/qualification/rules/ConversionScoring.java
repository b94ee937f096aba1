package org.gaoxin.qualification.rules;

import java.util.List;
import java.util.Optional;

import org.gaoxin.shared.Message;

/** Conversion of S&T results, scored on the yearly average over the three years. */
final class ConversionScoring {

	static final int MAX = 30;

	static final BandTable AVERAGE = BandTable.of(Band.from("5", Points.between(25, 30)),
			Band.from("4", Points.between(19, 24)), Band.from("3", Points.between(13, 18)),
			Band.from("2", Points.between(7, 12)), Band.from("1", Points.between(1, 6)));

	private ConversionScoring() {
	}

	static ScoreItem of(List<FiscalYear> years) {
		int total = years.stream().mapToInt(FiscalYear::conversions).sum();
		Ratio average = Ratio.of(total, years.size());
		Message value = Message.of("qualification.conversion.value", average.decimal(), total);
		return ScoreItem.leaf(Message.of("qualification.conversion.name"), value, AVERAGE.pointsFor(average), MAX,
				gaps(average, total, years.size()));
	}

	private static List<Message> gaps(Ratio average, int total, int years) {
		Optional<Band> next = AVERAGE.nextAbove(average);
		if (next.isEmpty()) {
			return List.of();
		}
		Band band = next.get();
		int more = band.lower().intValueExact() * years - total;
		return List
			.of(Message.of("qualification.conversion.gap", more, Format.plain(band.lower()), band.points().toString()));
	}

}
