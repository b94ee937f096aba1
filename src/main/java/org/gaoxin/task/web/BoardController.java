package org.gaoxin.task.web;

import java.time.LocalDate;
import java.util.List;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.region.ZoneYear;
import org.gaoxin.shared.LocalTimes;
import org.gaoxin.shared.export.TableExport;
import org.gaoxin.shared.web.Texts;
import org.gaoxin.task.Digest;
import org.gaoxin.task.DueState;
import org.gaoxin.task.Supervision;
import org.gaoxin.task.TaskFilter;
import org.gaoxin.task.TaskItem;
import org.gaoxin.task.Tasks;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 挂图作战 and the weekly digest: the wall chart of the items the reader sees (by department
 * and indicator, milestone bars against time, coloured by state), the overdue and
 * due-soon lists, completion per department; the digest as a page and a workbook.
 */
@Controller
class BoardController {

	private final Tasks tasks;

	private final Supervision supervision;

	private final TaskPages pages;

	private final Texts texts;

	private final LocalTimes times;

	BoardController(Tasks tasks, Supervision supervision, TaskPages pages, Texts texts, LocalTimes times) {
		this.tasks = tasks;
		this.supervision = supervision;
		this.pages = pages;
		this.texts = texts;
		this.times = times;
	}

	@GetMapping("/tasks/wall")
	String wall(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone, Model model) {
		ZoneYear shown = this.pages.zone(me, zone, null);
		String zoneCode = shown.zone().code();
		List<TaskItem> items = this.tasks.list(zoneCode, TaskFilter.all(), me.scope());
		LocalDate today = this.tasks.today();
		int soon = this.tasks.soonDays();
		this.pages.common(shown, model);
		model.addAttribute("items", items);
		model.addAttribute("statuses", org.gaoxin.task.TaskStatus.values());
		model.addAttribute("rows", rows(items));
		model.addAttribute("overdue", items.stream().filter((i) -> i.due(today, soon) == DueState.OVERDUE).toList());
		model.addAttribute("dueSoon", items.stream().filter((i) -> i.due(today, soon) == DueState.DUE_SOON).toList());
		model.addAttribute("rates", this.supervision.rates(items, today));
		model.addAttribute("reminders", this.supervision.reminders(zoneCode, me.scope(), 20));
		return "task/wall";
	}

	@GetMapping("/tasks/digest")
	String digest(@AuthenticationPrincipal GaoxinPrincipal me, @RequestParam(required = false) String zone,
			@RequestParam(required = false) String week, Model model) {
		ZoneYear shown = this.pages.zone(me, zone, null);
		LocalDate day = day(week);
		Digest digest = this.supervision.digest(shown.zone().code(), day, me.scope());
		this.pages.common(shown, model);
		model.addAttribute("digest", digest);
		model.addAttribute("previous", digest.from().minusDays(7));
		model.addAttribute("next", digest.from().plusDays(7));
		model.addAttribute("asOf", digest.to().isBefore(this.tasks.today()) ? digest.to() : this.tasks.today());
		return "task/digest";
	}

	@GetMapping("/tasks/digest.xlsx")
	ResponseEntity<byte[]> digestXlsx(@AuthenticationPrincipal GaoxinPrincipal me,
			@RequestParam(required = false) String zone, @RequestParam(required = false) String week) {
		ZoneYear shown = this.pages.zone(me, zone, null);
		Digest digest = this.supervision.digest(shown.zone().code(), day(week), me.scope());
		LocalDate asOf = digest.to().isBefore(this.tasks.today()) ? digest.to() : this.tasks.today();
		byte[] body = DigestWorkbook.write(digest, this.tasks.departments(), this.texts, this.times, asOf,
				Texts.chinese(LocaleContextHolder.getLocale()));
		return TableExport.download("digest-" + shown.zone().code() + "-" + digest.from() + ".xlsx", TableExport.XLSX,
				body);
	}

	/** What the wall chart draws of each item, as the chart script reads it. */
	record WallRow(String title, String status, String start, String deadline, String milestones, String department,
			String indicators) {
	}

	private List<WallRow> rows(List<TaskItem> items) {
		java.util.Map<String, org.gaoxin.account.Department> departments = this.tasks.departments();
		boolean chinese = Texts.chinese(LocaleContextHolder.getLocale());
		return items.stream()
			.map((i) -> new WallRow(i.title(), i.status().name(), this.times.day(i.createdAt().toInstant()),
					i.deadline().toString(),
					String.join(" ",
							i.milestones().stream().map((m) -> m.dueDate() + (m.reported() ? "+" : "-")).toList()),
					DigestWorkbook.name(departments, i.leadDepartment(), chinese), String.join(",", i.indicators())))
			.toList();
	}

	/** The week asked for by any of its days (yyyy-mm-dd); this week without one. */
	private LocalDate day(String week) {
		LocalDate day = TaskForm.date("week", TaskPages.trim(week, 20));
		LocalDate today = this.tasks.today();
		if (day == null) {
			return today;
		}
		if (day.getYear() < 2000 || day.isAfter(today.plusYears(1))) {
			throw new org.gaoxin.shared.InputRefused("week", "taskDate");
		}
		return day;
	}

}
