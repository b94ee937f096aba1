package org.gaoxin.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gaoxin.account.DataScope;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.evaluation.IndicatorStatus;
import org.gaoxin.region.Regions;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.standard.Standard;
import org.gaoxin.standard.Standards;
import org.gaoxin.target.AccreditationPath;
import org.gaoxin.target.CountGoal;
import org.gaoxin.target.FigurePath;
import org.gaoxin.target.IndicatorOutlook;
import org.gaoxin.target.Path;
import org.gaoxin.target.TargetOverview;
import org.gaoxin.target.TargetTracking;
import org.gaoxin.target.TechSmePath;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 列出清单: from an evaluation, one item per unmet indicator and per indicator the targets
 * project at risk, each with its gap, its owner department, the pilot's deadline (31
 * December of the data year plus the years the standard allows) and the path's
 * suggestion. Generating again adds only what is not yet open on the list.
 */
@Service
public class ShortfallLists {

	private final Tasks tasks;

	private final IndicatorOwners owners;

	private final Evaluator evaluator;

	private final Standards standards;

	private final TargetTracking tracking;

	private final AccreditationPath paths;

	private final Regions regions;

	ShortfallLists(Tasks tasks, IndicatorOwners owners, Evaluator evaluator, Standards standards,
			TargetTracking tracking, AccreditationPath paths, Regions regions) {
		this.tasks = tasks;
		this.owners = owners;
		this.evaluator = evaluator;
		this.standards = standards;
		this.tracking = tracking;
		this.paths = paths;
		this.regions = regions;
	}

	/** The pilot's deadline for a list generated from {@code year}'s evaluation. */
	public static LocalDate deadline(int year, Standard standard) {
		return LocalDate.of(year + standard.verdictRule().pilotDeadlineYears(), 12, 31);
	}

	@Transactional
	public Generation generate(String zoneCode, int year, String standardReference, DataScope scope) {
		Tasks.requireSupervisor(scope, zoneCode);
		this.regions.readable(zoneCode, scope);
		Standard standard = this.standards.resolve(standardReference);
		Evaluation evaluation = this.evaluator.evaluate(zoneCode, year, standard.reference(), false, scope);
		LocalDate deadline = deadline(year, standard);
		Map<String, IndicatorOutlook> atRisk = new LinkedHashMap<>();
		Optional<Path> path = Optional.empty();
		try {
			TargetOverview overview = this.tracking.overview(zoneCode, year, standard.reference(), scope);
			overview.headline().atRisk().forEach((o) -> atRisk.put(o.code(), o));
			overview.headline().projectedUnmet().forEach((o) -> atRisk.put(o.code(), o));
			path = Optional.of(this.paths.path(overview, scope));
		}
		catch (NotFoundException ex) {
			// no targets or too little history: the unmet indicators still make the list
		}
		List<Long> created = new ArrayList<>();
		List<String> existing = new ArrayList<>();
		List<String> withoutOwner = new ArrayList<>();
		for (IndicatorResult indicator : evaluation.indicators()) {
			TaskOrigin origin;
			if (indicator.status() == IndicatorStatus.UNMET) {
				origin = TaskOrigin.UNMET;
			}
			else if (indicator.status() == IndicatorStatus.MET && atRisk.containsKey(indicator.code())) {
				origin = TaskOrigin.AT_RISK;
			}
			else {
				continue;
			}
			String openKey = zoneCode + "/" + year + "/" + standard.code() + "/" + indicator.code();
			if (this.tasks.openKeyExists(openKey)) {
				existing.add(indicator.code());
				continue;
			}
			Optional<String> owner = this.owners.owner(standard.code(), indicator.code());
			if (owner.isEmpty()) {
				withoutOwner.add(indicator.code());
				continue;
			}
			TaskDraft draft = new TaskDraft(indicator.name().zh(), null, owner.get(), List.of(), null, deadline,
					standard.code(), List.of(indicator.code()), List.of());
			Message suggestion = path.flatMap((p) -> suggestion(p, indicator.code())).orElse(null);
			BigDecimal gap = (origin == TaskOrigin.UNMET) ? indicator.absoluteGap() : null;
			created.add(this.tasks.insert(zoneCode, origin, year, draft, new Tasks.Generated(indicator.value(),
					indicator.threshold(), gap, indicator.unit().name(), suggestion, openKey)));
		}
		return new Generation(zoneCode, year, standard.reference(), created, existing, withoutOwner);
	}

	/** What the path proposes for the indicator, where it proposes something. */
	static Optional<Message> suggestion(Path path, String indicatorCode) {
		if (path.highTech() != null && indicatorCode.equals(path.highTech().indicatorCode())) {
			return path.highTech()
				.goals()
				.stream()
				.filter(CountGoal::threshold)
				.filter((g) -> g.needed() > 0)
				.findFirst()
				.map((g) -> Message.of("task.suggestion.highTech", g.needed(), g.candidates().size(),
						g.stillMissing()));
		}
		if (path.techSme() != null && indicatorCode.equals(path.techSme().indicatorCode())) {
			return path.techSme()
				.goals()
				.stream()
				.filter((g) -> g.year() == null && g.needed() > 0)
				.findFirst()
				.map((TechSmePath.Goal g) -> Message.of("task.suggestion.techSme", g.needed(), path.techSme().ready()));
		}
		return path.figures()
			.stream()
			.map(FigurePath::indicator)
			.filter((o) -> o.code().equals(indicatorCode) && o.required() != null)
			.findFirst()
			.map((o) -> Message.of("task.suggestion.growth", o.required().percent(), path.deadlineYear(),
					(o.achieved() != null) ? o.achieved().percent() : "—"));
	}

	/**
	 * What one generation did.
	 *
	 * @param created the new items' ids
	 * @param existing indicators already open on the list (nothing added)
	 * @param withoutOwner indicators left out for want of an owner department
	 */
	public record Generation(String zoneCode, int year, String standardReference, List<Long> created,
			List<String> existing, List<String> withoutOwner) {

		public Generation {
			created = List.copyOf(created);
			existing = List.copyOf(existing);
			withoutOwner = List.copyOf(withoutOwner);
		}

	}

}
