package org.gaoxin.task.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.shared.InputRefused;
import org.gaoxin.task.TaskDraft;
import org.gaoxin.task.TaskDraft.MilestoneDraft;
import org.gaoxin.task.TaskItem;

/**
 * The item form as typed: every field text, so that a refused value comes back as it was
 * typed with its field named, never lost to a binding error.
 */
public class TaskForm {

	static final int MILESTONE_ROWS = 3;

	private Integer version;

	private String title;

	private String description;

	private String leadDepartment;

	private List<String> cooperators = new ArrayList<>();

	private String responsiblePerson;

	private String deadline;

	private String standard;

	private String indicators;

	private List<Row> milestones = new ArrayList<>();

	static TaskForm blank() {
		TaskForm form = new TaskForm();
		form.withBlankRows();
		return form;
	}

	static TaskForm of(TaskItem item) {
		TaskForm form = new TaskForm();
		form.version = item.version();
		form.title = item.title();
		form.description = item.description();
		form.leadDepartment = item.leadDepartment();
		form.cooperators = new ArrayList<>(item.cooperators());
		form.responsiblePerson = item.responsiblePerson();
		form.deadline = item.deadline().toString();
		form.standard = item.standardCode();
		form.indicators = String.join(", ", item.indicators());
		form.withBlankRows();
		return form;
	}

	void withBlankRows() {
		this.milestones.removeIf(Row::blank);
		for (int i = 0; i < MILESTONE_ROWS; i++) {
			this.milestones.add(new Row());
		}
	}

	/**
	 * The draft the form describes; a date or number that does not read is refused by
	 * field.
	 */
	TaskDraft draft(String defaultStandard) {
		List<MilestoneDraft> rows = new ArrayList<>();
		for (int i = 0; i < this.milestones.size(); i++) {
			Row row = this.milestones.get(i);
			if (!row.blank()) {
				rows.add(new MilestoneDraft(date("milestones.dueDate", row.getDueDate()), row.getResult(),
						number("milestones.targetValue", row.getTargetValue())));
			}
		}
		List<String> codes = new ArrayList<>();
		if (this.indicators != null) {
			for (String code : this.indicators.split("[,，\\s]+")) {
				if (!code.isBlank()) {
					codes.add(code.strip().toUpperCase(java.util.Locale.ROOT));
				}
			}
		}
		return new TaskDraft(this.title, this.description, this.leadDepartment,
				(this.cooperators != null) ? this.cooperators.stream().filter((c) -> !c.isBlank()).toList() : List.of(),
				this.responsiblePerson, date("deadline", this.deadline),
				(this.standard != null && !this.standard.isBlank()) ? this.standard.strip()
						: (codes.isEmpty() ? null : defaultStandard),
				codes, rows);
	}

	static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InputRefused(field, "taskDate");
		}
	}

	static BigDecimal number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(text.strip().replace(",", ""));
			if (number.precision() - number.scale() > 16 || number.scale() > 4) {
				throw new InputRefused(field, "digits", 16, 4);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new InputRefused(field, "number");
		}
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getLeadDepartment() {
		return this.leadDepartment;
	}

	public void setLeadDepartment(String leadDepartment) {
		this.leadDepartment = leadDepartment;
	}

	public List<String> getCooperators() {
		return this.cooperators;
	}

	public void setCooperators(List<String> cooperators) {
		this.cooperators = cooperators;
	}

	public String getResponsiblePerson() {
		return this.responsiblePerson;
	}

	public void setResponsiblePerson(String responsiblePerson) {
		this.responsiblePerson = responsiblePerson;
	}

	public String getDeadline() {
		return this.deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public String getStandard() {
		return this.standard;
	}

	public void setStandard(String standard) {
		this.standard = standard;
	}

	public String getIndicators() {
		return this.indicators;
	}

	public void setIndicators(String indicators) {
		this.indicators = indicators;
	}

	public List<Row> getMilestones() {
		return this.milestones;
	}

	public void setMilestones(List<Row> milestones) {
		this.milestones = milestones;
	}

	/** A milestone row as typed. */
	public static class Row {

		private String dueDate;

		private String result;

		private String targetValue;

		boolean blank() {
			return (this.dueDate == null || this.dueDate.isBlank()) && (this.result == null || this.result.isBlank())
					&& (this.targetValue == null || this.targetValue.isBlank());
		}

		public String getDueDate() {
			return this.dueDate;
		}

		public void setDueDate(String dueDate) {
			this.dueDate = dueDate;
		}

		public String getResult() {
			return this.result;
		}

		public void setResult(String result) {
			this.result = result;
		}

		public String getTargetValue() {
			return this.targetValue;
		}

		public void setTargetValue(String targetValue) {
			this.targetValue = targetValue;
		}

	}

}
