package org.gaoxin.intake.web;

import java.util.Locale;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.enterprise.EnterpriseQuery;
import org.gaoxin.enterprise.EnterpriseSearch;
import org.gaoxin.intake.Exports;
import org.gaoxin.intake.Table;
import org.gaoxin.region.ZoneChoices;
import org.gaoxin.shared.export.TableExport;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The exports that import again: the enterprise list, a zone's annual reports and its
 * figures, each in its import's own columns and the reader's language.
 */
@Controller
class ExportController {

	private final Exports exports;

	private final ZoneChoices choices;

	ExportController(Exports exports, ZoneChoices choices) {
		this.exports = exports;
		this.choices = choices;
	}

	/**
	 * The enterprise list as shown, with every filter of the list page (EnterpriseQuery).
	 */
	@GetMapping("/enterprises/export.{format}")
	ResponseEntity<byte[]> enterprises(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String format,
			EnterpriseQuery query, Locale locale) {
		String zone = this.choices.named(me, query.zoneCode()).orElse(null);
		EnterpriseSearch search = query.toSearch(this.choices.defaultYear(zone));
		return download("enterprises", format, this.exports.enterprises(search, me.scope(), locale));
	}

	@GetMapping("/zones/{zone}/reports/export.{format}")
	ResponseEntity<byte[]> reports(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@PathVariable String format, @RequestParam int year, Locale locale) {
		return download("annual-reports-" + zone + "-" + year, format,
				this.exports.reports(zone, year, me.scope(), locale));
	}

	@GetMapping("/zones/{zone}/figures/export.{format}")
	ResponseEntity<byte[]> figures(@AuthenticationPrincipal GaoxinPrincipal me, @PathVariable String zone,
			@PathVariable String format, @RequestParam int year, Locale locale) {
		return download("zone-figures-" + zone + "-" + year, format,
				this.exports.zoneFigures(zone, year, me.scope(), locale));
	}

	private static ResponseEntity<byte[]> download(String name, String format, Table table) {
		return "csv".equals(format)
				? TableExport.download(name + ".csv", TableExport.CSV, TableExport.csv(table.headers(), table.rows()))
				: TableExport.download(name + ".xlsx", TableExport.XLSX,
						TableExport.xlsx(table.sheet(), table.headers(), table.rows()));
	}

}
