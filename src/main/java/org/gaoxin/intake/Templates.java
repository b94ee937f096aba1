package org.gaoxin.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gaoxin.account.DataScope;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainLink;
import org.gaoxin.chain.Chains;
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

	Templates(Imports imports, TemplateWorkbook workbook, Regions regions, Chains chains, Texts texts) {
		this.imports = imports;
		this.workbook = workbook;
		this.regions = regions;
		this.chains = chains;
		this.texts = texts;
	}

	public byte[] workbook(ImportKind kind, Locale locale, DataScope scope) {
		return this.workbook.write(kind, this.imports.columns(kind), locale, codes(locale, scope));
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
