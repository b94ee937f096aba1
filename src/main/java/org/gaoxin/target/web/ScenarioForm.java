package org.gaoxin.target.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario editor's form: a name, the year, and rows of changes; a row's kind says
 * which of its fields count. Bound by Spring's data binder ({@code rows[0].kind}).
 */
public class ScenarioForm {

	/** Empty rows offered below the scenario's own for new changes. */
	static final int BLANK_ROWS = 3;

	private Long id;

	/**
	 * The version of the saved scenario shown: a save by someone else since conflicts.
	 */
	private Integer basedOn;

	private String name;

	private String description;

	private Integer year;

	private String standard;

	private List<Row> rows = new ArrayList<>();

	public Integer getBasedOn() {
		return this.basedOn;
	}

	public void setBasedOn(Integer basedOn) {
		this.basedOn = basedOn;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getStandard() {
		return this.standard;
	}

	public void setStandard(String standard) {
		this.standard = standard;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** Adds blank rows so the form always offers room for more changes. */
	ScenarioForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			this.rows.add(new Row());
		}
		return this;
	}

	/**
	 * One change as the form holds it: {@code what} is the kind and what it touches,
	 * "FIGURE:fdi_actual", "REPORT:rd_expense", "PLATFORM:INCUBATOR", "HIGH_TECH"; text
	 * so a mistyped number comes back as typed.
	 */
	public static class Row {

		private String what;

		private String level;

		private String creditCode;

		private String mode;

		private String amount;

		public String getWhat() {
			return this.what;
		}

		public void setWhat(String what) {
			this.what = what;
		}

		public String getLevel() {
			return this.level;
		}

		public void setLevel(String level) {
			this.level = level;
		}

		public String getCreditCode() {
			return this.creditCode;
		}

		public void setCreditCode(String creditCode) {
			this.creditCode = creditCode;
		}

		public String getMode() {
			return this.mode;
		}

		public void setMode(String mode) {
			this.mode = mode;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		boolean blank() {
			return this.what == null || this.what.isBlank();
		}

		String kind() {
			int colon = this.what.indexOf(':');
			return (colon < 0) ? this.what : this.what.substring(0, colon);
		}

		String reference() {
			int colon = this.what.indexOf(':');
			return (colon < 0) ? null : this.what.substring(colon + 1);
		}

	}

}
