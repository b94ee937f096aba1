package org.gaoxin.qualification.web;

import java.time.Instant;
import java.util.List;

import org.gaoxin.audit.AuditAction;
import org.gaoxin.audit.AuditEntry;
import org.gaoxin.qualification.rules.ExpertScores.Part;
import org.gaoxin.qualification.rules.IpAcquisition;
import org.gaoxin.shared.Message;

/**
 * The change log of a declaration or an expert review as its page shows it: who changed
 * which answer or score when, from what to what, in the reader's language.
 */
final class FactHistory {

	private FactHistory() {
	}

	/**
	 * One change; {@code field} null for the first entry, whose values are those the
	 * later changes start from.
	 */
	record Line(Instant at, String actor, Message field, Message from, Message to) {
	}

	static List<Line> declarations(List<AuditEntry> entries) {
		return entries.stream()
			.map((e) -> line(e, Message.of("qualification.declaration.short." + e.field()), answer(e.oldValue()),
					answer(e.newValue())))
			.toList();
	}

	static List<Line> scores(List<AuditEntry> entries) {
		return entries.stream()
			.map((e) -> line(e, partNamed(e.field()), score(e.oldValue()), score(e.newValue())))
			.toList();
	}

	private static Line line(AuditEntry entry, Message field, Message from, Message to) {
		if (entry.action() != AuditAction.UPDATE || entry.field() == null) {
			return new Line(entry.occurredAt(), entry.actor(), null, null, null);
		}
		return new Line(entry.occurredAt(), entry.actor(), field, from, to);
	}

	private static Message partNamed(String field) {
		for (Part part : Part.values()) {
			if (part.field().equals(field)) {
				return part.label();
			}
		}
		return Message.of("qualification.figure", String.valueOf(field));
	}

	private static Message answer(String value) {
		if (value == null) {
			return Message.of("qualification.notDeclared");
		}
		if ("true".equals(value) || "false".equals(value)) {
			return Message.of(Boolean.parseBoolean(value) ? "qualification.yes" : "qualification.no");
		}
		for (IpAcquisition way : IpAcquisition.values()) {
			if (way.name().equals(value)) {
				return Message.of("qualification.ip.acquisition.value", way);
			}
		}
		return Message.of("qualification.figure", value);
	}

	private static Message score(String value) {
		return (value != null) ? Message.of("qualification.figure", value)
				: Message.of("qualification.expert.awaiting");
	}

}
