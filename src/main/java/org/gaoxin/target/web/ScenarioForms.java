package org.gaoxin.target.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.evaluation.Scenario.Mode;
import org.gaoxin.platform.PlatformLevel;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.Message;
import org.gaoxin.shared.MessageException;
import org.gaoxin.target.ScenarioChange;
import org.gaoxin.target.ScenarioChangeKind;
import org.gaoxin.target.ScenarioDraft;
import org.gaoxin.target.TargetNumbers;

import org.springframework.stereotype.Component;

/**
 * Between the editor's rows and a scenario's changes: enterprises by credit code on the
 * form, by id in the scenario; a row that does not read is refused with its number.
 */
@Component
class ScenarioForms {

	private final Enterprises enterprises;

	ScenarioForms(Enterprises enterprises) {
		this.enterprises = enterprises;
	}

	ScenarioDraft draft(String zoneCode, ScenarioForm form, int defaultYear, DataScope scope) {
		List<ScenarioChange> changes = new ArrayList<>();
		int number = 0;
		for (ScenarioForm.Row row : form.getRows()) {
			if (row.blank()) {
				continue;
			}
			number++;
			changes.add(change(zoneCode, row, number, scope));
		}
		return new ScenarioDraft(form.getName(), form.getDescription(),
				(form.getYear() != null) ? form.getYear() : defaultYear, form.getStandard(), changes);
	}

	ScenarioForm form(Long id, ScenarioDraft draft, DataScope scope) {
		ScenarioForm form = new ScenarioForm();
		form.setId(id);
		form.setName(draft.name());
		form.setDescription(draft.description());
		form.setYear(draft.year());
		form.setStandard(draft.standard());
		for (ScenarioChange change : draft.changes()) {
			ScenarioForm.Row row = new ScenarioForm.Row();
			row.setWhat(change.kind().name() + ((change.reference() != null) ? ":" + change.reference() : ""));
			row.setMode(change.mode().name());
			row.setAmount(change.amount().stripTrailingZeros().toPlainString());
			row.setLevel((change.level() != null) ? change.level().name() : null);
			if (change.enterpriseId() != null) {
				row.setCreditCode(
						this.enterprises.find(change.enterpriseId(), scope).map(Enterprise::creditCode).orElse(null));
			}
			form.getRows().add(row);
		}
		return form.withBlankRows();
	}

	private ScenarioChange change(String zoneCode, ScenarioForm.Row row, int number, DataScope scope) {
		ScenarioChangeKind kind = parse(ScenarioChangeKind.class, row.kind(), number);
		Long enterprise = enterprise(zoneCode, row.getCreditCode(), number, scope);
		boolean oneEnterprise = enterprise != null
				&& (kind == ScenarioChangeKind.HIGH_TECH || kind == ScenarioChangeKind.TECH_SME);
		BigDecimal amount = oneEnterprise ? BigDecimal.ONE : amount(row.getAmount(), number);
		Mode mode = (row.getMode() != null && !row.getMode().isBlank()) ? parse(Mode.class, row.getMode(), number)
				: Mode.ADD;
		return switch (kind) {
			case FIGURE -> new ScenarioChange(kind, row.reference(), null, mode, amount, null);
			case REPORT -> {
				if (enterprise == null) {
					throw new MessageException(Message.of("target.scenario.error.row", number,
							Message.of("target.scenario.error.enterprise")));
				}
				yield new ScenarioChange(kind, row.reference(), enterprise, mode, amount, null);
			}
			// counted kinds keep the mode chosen: one they do not support is refused by
			// name
			case PLATFORM -> new ScenarioChange(kind, row.reference(), null, mode, amount,
					(row.getLevel() != null && !row.getLevel().isBlank())
							? parse(PlatformLevel.class, row.getLevel(), number) : null);
			case HIGH_TECH, TECH_SME -> new ScenarioChange(kind, null, enterprise, mode, amount, null);
		};
	}

	/** The amount as typed, bounded before it is expanded (TargetNumbers). */
	private static BigDecimal amount(String text, int number) {
		try {
			return TargetNumbers.parse("amount", text);
		}
		catch (InputRefused ex) {
			if (ex.rule().equals("number")) {
				// what was typed, when it is not a number at all
				throw new InputRefused(
						Message.of("target.scenario.error.row", number,
								Message.of("target.scenario.error.amount", text)),
						ScenarioChange.path(number, "amount"), "number");
			}
			throw ScenarioChange.refused(number, "amount", ex);
		}
	}

	private Long enterprise(String zoneCode, String creditCode, int number, DataScope scope) {
		if (creditCode == null || creditCode.isBlank()) {
			return null;
		}
		return this.enterprises.findByCreditCode(creditCode.strip().toUpperCase(java.util.Locale.ROOT), scope)
			.filter((e) -> zoneCode.equals(e.zoneCode()))
			.map(Enterprise::id)
			.orElseThrow(() -> new MessageException(
					Message.of("target.scenario.error.row", number, Message.of("target.scenario.error.enterprise"))));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name, int number) {
		try {
			return Enum.valueOf(type, String.valueOf(name).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new MessageException(Message.of("target.scenario.error.row", number,
					Message.of("target.scenario.error.choice", String.valueOf(name))));
		}
	}

}
