package org.gaoxin.qualification.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.qualification.rules.ExpertScoreOutOfRange;
import org.gaoxin.qualification.rules.ExpertScores;
import org.gaoxin.qualification.rules.ExpertScores.Part;
import org.gaoxin.qualification.rules.IpAcquisition;

/**
 * The experts' scores of an enterprise for a year as the zone's staff type them: a whole
 * number per part within its range (for 获得方式, the range the declared way allows), or
 * blank for a part not scored. Field names are {@link Part#field()}.
 */
final class ExpertScoreForm extends FormInput {

	private final int year;

	private final IpAcquisition way;

	private ExpertScoreForm(int year, IpAcquisition way) {
		this.year = year;
		this.way = way;
	}

	static ExpertScoreForm of(int year, ExpertScores scores, IpAcquisition way) {
		ExpertScoreForm form = new ExpertScoreForm(year, way);
		for (Part part : Part.values()) {
			Integer score = scores.score(part);
			form.put(part.field(), (score != null) ? score.toString() : "");
		}
		return form;
	}

	static ExpertScoreForm posted(int year, Map<String, String> params, IpAcquisition way) {
		ExpertScoreForm form = new ExpertScoreForm(year, way);
		for (Part part : Part.values()) {
			form.put(part.field(), params.get(part.field()));
		}
		return form;
	}

	/** The scores, or empty when one is not a whole number or out of its range. */
	Optional<ExpertScores> toScores() {
		Map<Part, Integer> scores = new EnumMap<>(Part.class);
		for (Part part : Part.values()) {
			optionalWhole(part.field()).ifPresent((score) -> scores.put(part, score));
			part.problem(scores.get(part), this.way).ifPresent((problem) -> error(part.field(), problem));
		}
		return hasErrors() ? Optional.empty() : Optional.of(ExpertScores.of(scores::get));
	}

	void reject(ExpertScoreOutOfRange ex) {
		error(ex.part().field(), ex.text());
	}

	public int year() {
		return this.year;
	}

	public List<Part> parts() {
		return List.of(Part.values());
	}

	/** The range a part is scored in here, such as "0–8". */
	public String range(Part part) {
		return part.range(this.way).toString();
	}

	public int min(Part part) {
		return part.range(this.way).min();
	}

	public int max(Part part) {
		return part.range(this.way).max();
	}

}
