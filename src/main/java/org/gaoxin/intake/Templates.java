package org.gaoxin.intake;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gaoxin.account.DataScope;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainLink;
import org.gaoxin.chain.Chains;
import org.gaoxin.intake.internal.ExampleRow;
import org.gaoxin.intake.internal.TemplateWorkbook;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.shared.web.Texts;

import org.springframework.stereotype.Service;

/**
 * Downloadable import templates, one per kind, in the reader's language, with the zone,
 * chain and chain-link codes the reader may use listed by name.
 */
@Service
public class Templates {

	private final Imports imports;

	private final TemplateWorkbook workbook;

	private final Regions regions;

	private final Chains chains;

	private final Texts texts;

	private final Clock clock;

	Templates(Imports imports, TemplateWorkbook workbook, Regions regions, Chains chains, Texts texts, Clock clock) {
		this.imports = imports;
		this.workbook = workbook;
		this.regions = regions;
		this.chains = chains;
		this.texts = texts;
		this.clock = clock;
	}

	public byte[] workbook(ImportKind kind, Locale locale, DataScope scope) {
		return this.workbook.write(kind, this.imports.columns(kind), locale, codes(locale, scope), example(scope));
	}

	/**
	 * The example row names a zone the reader may read (its own first, one with chains
	 * before one without), a chain of it and a link of that chain, and last year.
	 */
	private ExampleRow example(DataScope scope) {
		List<String> zones = new ArrayList<>();
		if (scope.zoneCode() != null) {
			zones.add(scope.zoneCode());
		}
		if (!scope.isEnterpriseUser()) {
			this.regions.readableBy(scope)
				.stream()
				.map(Zone::code)
				.filter((code) -> !zones.contains(code))
				.forEach(zones::add);
		}
		String zone = zones.stream()
			.filter((code) -> !this.chains.inZone(code).isEmpty())
			.findFirst()
			.orElse(zones.isEmpty() ? null : zones.get(0));
		Chain chain = (zone != null) ? this.chains.inZone(zone).stream().findFirst().orElse(null) : null;
		String link = (chain != null) ? chain.links().stream().findFirst().map(ChainLink::code).orElse(null) : null;
		return new ExampleRow(zone, (chain != null) ? chain.code() : null, link, Year.now(this.clock).getValue() - 1);
	}

	private TemplateWorkbook.Codes codes(Locale locale, DataScope scope) {
		List<List<String>> rows = new ArrayList<>();
		List<Zone> zones = scope.isEnterpriseUser() ? List.of() : this.regions.readableBy(scope);
		for (Zone zone : zones) {
			rows.add(List.of(zone.code(), zone.name(Texts.chinese(locale)), "", "", "", ""));
			for (Chain chain : this.chains.inZone(zone.code())) {
				String chainName = Texts.chinese(locale) ? chain.nameZh() : chain.nameEn();
				rows.add(List.of(zone.code(), zone.name(Texts.chinese(locale)), chain.code(), chainName, "", ""));
				for (ChainLink link : chain.links()) {
					rows.add(List.of(zone.code(), zone.name(Texts.chinese(locale)), chain.code(), chainName,
							link.code(), Texts.chinese(locale) ? link.nameZh() : link.nameEn()));
				}
			}
		}
		List<String> headers = List
			.of("intake.column.zone_code", "intake.template.zoneName", "intake.column.chain_code",
					"intake.template.chainName", "intake.column.chain_link_code", "intake.template.linkName")
			.stream()
			.map((key) -> this.texts.get(key, locale))
			.toList();
		return new TemplateWorkbook.Codes(headers, rows);
	}

}
