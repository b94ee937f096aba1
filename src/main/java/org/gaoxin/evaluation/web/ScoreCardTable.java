package org.gaoxin.evaluation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.gaoxin.evaluation.ScoreCard;
import org.gaoxin.shared.web.Texts;

/**
 * A score card as a table for the spreadsheet and the command line's CSV: one row per
 * indicator (the zone's value, score, the peers' range, the what-if), then one per peer
 * (total and rank), headers in the reader's language.
 */
record ScoreCardTable(List<String> headers, List<List<Object>> rows) {

	static ScoreCardTable of(ScoreCard card, Texts texts, Locale locale) {
		List<String> headers = Stream
			.of("code", "name", "group", "unit", "direction", "weight", "value", "score", "missing", "peerMin",
					"peerMean", "peerMax", "valueIfImproved", "rankIfImproved", "formula")
			.map((column) -> texts.get("evaluation.scoring.export." + column, locale))
			.toList();
		List<List<Object>> rows = new ArrayList<>();
		for (ScoreCard.IndicatorRow r : card.indicators()) {
			rows.add(Arrays.asList(r.code(), r.name().in(locale), r.group(), texts.label(r.unit(), locale),
					texts.label(r.direction(), locale), r.weight(), r.value(), r.score(), r.missing(), r.peerMin(),
					r.peerMean(), r.peerMax(), r.valueIfImproved(), r.rankIfImproved(), r.formula()));
		}
		rows.add(List.of());
		rows.add(List.of(texts.get("evaluation.scoring.export.peer", locale),
				texts.get("evaluation.scoring.export.zoneName", locale),
				texts.get("evaluation.scoring.export.total", locale),
				texts.get("evaluation.scoring.export.rank", locale), card.standardReference()));
		for (ScoreCard.PeerRow p : card.peers()) {
			rows.add(Arrays.asList(p.zoneCode(), p.zoneName().in(locale), p.total(), p.rank(), p.chosen() ? "*" : ""));
		}
		return new ScoreCardTable(headers, rows);
	}

}
