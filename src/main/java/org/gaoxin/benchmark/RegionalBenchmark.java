package org.gaoxin.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gaoxin.account.DataScope;
import org.gaoxin.enterprise.EnterpriseCounts;
import org.gaoxin.enterprise.ZoneEnterpriseCounts;
import org.gaoxin.region.District;
import org.gaoxin.region.Region;
import org.gaoxin.region.Regions;
import org.gaoxin.region.Zone;
import org.gaoxin.region.ZoneDataVersions;
import org.gaoxin.shared.ResultCache;

import org.springframework.stereotype.Service;

/** Compares a zone with the other districts of its region. */
@Service
public class RegionalBenchmark {

	private final Regions regions;

	private final EnterpriseCounts counts;

	/** The kind of result kept in the {@link ResultCache}. */
	public static final String SHARES = "regional-shares";

	private final ResultCache results;

	private final ZoneDataVersions versions;

	RegionalBenchmark(Regions regions, EnterpriseCounts counts, ResultCache results, ZoneDataVersions versions) {
		this.results = results;
		this.versions = versions;
		this.regions = regions;
		this.counts = counts;
	}

	/** The zone's shares of its region, for a caller who may read the zone. */
	public RegionalShares shares(String zoneCode, int year, DataScope scope) {
		this.regions.readable(zoneCode, scope);
		// counts of the whole region: kept under every zone's version and its districts
		return this.results.get(SHARES, List.of(zoneCode, year, this.versions.ofRegion(zoneCode)),
				(shares) -> 1 + shares.districts().size(), () -> shares(zoneCode, year));
	}

	/**
	 * The zone's counts against its region's districts, from one count of every zone and
	 * one list of the region's zones. A district without a zone on the platform makes the
	 * shares unknown (not zero): its enterprises are not counted anywhere.
	 */
	public RegionalShares shares(String zoneCode, int year) {
		Zone zone = this.regions.zone(zoneCode);
		District district = this.regions.findDistrict(zone.districtCode()).orElseThrow();
		Region region = this.regions.findRegion(district.regionCode()).orElseThrow();
		Map<String, ZoneEnterpriseCounts> byZone = this.counts.byZone(year);
		List<Zone> zonesOfRegion = this.regions.zonesInSameRegion(zoneCode);
		List<DistrictCount> districts = new ArrayList<>();
		long regionTechSme = 0;
		long regionHighTech = 0;
		boolean complete = true;
		for (District each : this.regions.districtsOf(region.code())) {
			long techSme = 0;
			long highTech = 0;
			String zoneOfDistrict = null;
			for (Zone z : zonesOfRegion) {
				if (z.districtCode().equals(each.code())) {
					ZoneEnterpriseCounts c = byZone.getOrDefault(z.code(), ZoneEnterpriseCounts.none(z.code(), year));
					techSme += c.techSme();
					highTech += c.highTech();
					zoneOfDistrict = (zoneOfDistrict == null) ? z.code() : zoneOfDistrict;
				}
			}
			complete &= zoneOfDistrict != null;
			districts
				.add(new DistrictCount(each.code(), each.nameZh(), each.nameEn(), zoneOfDistrict, techSme, highTech));
			regionTechSme += techSme;
			regionHighTech += highTech;
		}
		ZoneEnterpriseCounts own = byZone.getOrDefault(zoneCode, ZoneEnterpriseCounts.none(zoneCode, year));
		return new RegionalShares(zoneCode, region.nameZh(), region.nameEn(), year, own.techSme(), regionTechSme,
				own.highTech(), regionHighTech, districts, complete, own);
	}

}
