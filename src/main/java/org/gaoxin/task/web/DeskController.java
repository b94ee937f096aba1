package org.gaoxin.task.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;
import org.gaoxin.evaluation.Evaluation;
import org.gaoxin.evaluation.Evaluator;
import org.gaoxin.evaluation.IndicatorResult;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.MessageException;
import org.gaoxin.shared.NotFoundException;
import org.gaoxin.standard.Indicator;
import org.gaoxin.task.IndicatorOwner;
import org.gaoxin.task.IndicatorOwners;
import org.gaoxin.task.TaskFilter;
import org.gaoxin.task.TaskItem;
import org.gaoxin.task.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A department's home: the shortfall items it leads or cooperates on, open ones first by
 * their next date, and the indicators it answers for with their values and verdicts in
 * the zone-year's evaluation. Only a department has one; the zone's cockpit stays a link
 * away.
 */
@Controller
class DeskController {

	private static final Logger log = LoggerFactory.getLogger(DeskController.class);

	private final Tasks tasks;

	private final IndicatorOwners owners;

	private final Evaluator evaluator;

	private final TaskPages pages;

	DeskController(Tasks tasks, IndicatorOwners owners, Evaluator evaluator, TaskPages pages) {
		this.tasks = tasks;
		this.owners = owners;
		this.evaluator = evaluator;
		this.pages = pages;
	}

	@GetMapping("/tasks/desk")
	String desk(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) Integer year, Model model) {
		if (me.scope().role() != Role.DEPARTMENT) {
			throw new AccessDeniedException("The desk is a department's");
		}
		ZoneYear shown = this.pages.zone(me, zone, year);
		String zoneCode = shown.zone().code();
		String own = me.scope().departmentCode();
		List<TaskItem> items = new ArrayList<>(this.tasks.list(zoneCode, TaskFilter.all(), me.scope()));
		// open items first, by the date they next answer to
		items.sort(Comparator.comparing((TaskItem i) -> i.status().closed())
			.thenComparing(TaskItem::nextDue)
			.thenComparing(TaskItem::id));
		Evaluation evaluation = evaluation(zoneCode, shown.year(), me);
		String standard = this.owners.standard((evaluation != null) ? evaluation.standardReference() : null);
		Map<String, IndicatorOwner> owned = this.owners.of(standard, me.scope());
		List<OwnedIndicator> indicators = new ArrayList<>();
		for (Indicator indicator : this.owners.indicators(standard)) {
			IndicatorOwner owner = owned.get(indicator.code());
			if (owner == null || !owner.departmentCode().equals(own)) {
				continue;
			}
			IndicatorResult result = (evaluation != null) ? evaluation.indicator(indicator.code()).orElse(null) : null;
			indicators.add(new OwnedIndicator(indicator, result));
		}
		this.pages.common(shown, model);
		model.addAttribute("own", own);
		model.addAttribute("items", items);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("indicators", indicators);
		model.addAttribute("unmet", indicators.stream().filter((i) -> i.result() != null && !i.result().met()).count());
		return "task/desk";
	}

	private Evaluation evaluation(String zone, int year, GaoxinPrincipal me) {
		try {
			return this.evaluator.evaluate(zone, year, null, false, me.scope());
		}
		catch (NotFoundException | IllegalArgumentException | MessageException ex) {
			log.debug("No evaluation of {} {} on the desk: {}", zone, year, ex.getMessage());
			return null;
		}
	}

	/** An indicator the department answers for, and its result (null: not evaluated). */
	record OwnedIndicator(Indicator indicator, IndicatorResult result) {
	}

}
