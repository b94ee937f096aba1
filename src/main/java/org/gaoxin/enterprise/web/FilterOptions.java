package org.gaoxin.enterprise.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.Role;
import org.gaoxin.chain.Chain;
import org.gaoxin.chain.ChainLink;
import org.gaoxin.chain.Chains;
import org.gaoxin.enterprise.Enterprises;
import org.gaoxin.enterprise.YearQualification;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the enterprise list offers to filter by, within the caller's scope (a chain leader
 * is offered only its chain), and the names it shows zones, chains and links by.
 */
@Component
class FilterOptions {

	private final Regions regions;

	private final Chains chains;

	private final Enterprises enterprises;

	FilterOptions(Regions regions, Chains chains, Enterprises enterprises) {
		this.regions = regions;
		this.chains = chains;
		this.enterprises = enterprises;
	}

	void addTo(Model model, DataScope scope, boolean chinese) {
		Map<String, String> zoneNames = new LinkedHashMap<>();
		for (Zone zone : this.regions.zones()) {
			zoneNames.put(zone.code(), zone.name(chinese));
		}
		List<Chain> all = this.chains.all();
		Map<String, String> chainNames = new LinkedHashMap<>();
		Map<String, String> linkNames = new LinkedHashMap<>();
		for (Chain chain : all) {
			chainNames.put(chain.code(), chain.name(chinese));
			for (ChainLink link : chain.links()) {
				linkNames.put(link.code(), link.name(chinese));
			}
		}
		model.addAttribute("zoneNames", zoneNames);
		model.addAttribute("chainNames", chainNames);
		model.addAttribute("linkNames", linkNames);
		model.addAttribute("zones", this.regions.readableBy(scope));
		model.addAttribute("chains", all.stream().filter((chain) -> offered(chain, scope)).toList());
		model.addAttribute("industries", this.enterprises.industries(scope));
		model.addAttribute("qualifications", YearQualification.values());
	}

	private static boolean offered(Chain chain, DataScope scope) {
		if (scope.role() == Role.CHAIN_LEADER) {
			return chain.code().equals(scope.chainCode());
		}
		return scope.canReadZone(chain.zoneCode());
	}

}
