package org.gaoxin.region;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.region.internal.ZoneMemory;
import org.gaoxin.shared.InputRefused;
import org.gaoxin.shared.LocalizedText;
import org.gaoxin.shared.ReportingYears;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which zone and year a page shows when the request does not say: the user's last choice
 * in this session, else their home zone (an administrator sets it), else the zone a
 * zone-bound user is bound to, else the first high-tech zone they read; the year is the
 * one last chosen for that zone, else the zone's default data year
 * ({@link ReportingYears#defaultYear}). The one place every zone page asks.
 */
@Service
public class ZoneChoices {

	private final Regions regions;

	private final ReportingYears years;

	private final ObjectProvider<ZoneMemory> memory;

	private final Clock clock;

	ZoneChoices(Regions regions, ReportingYears years, ObjectProvider<ZoneMemory> memory, Clock clock) {
		this.regions = regions;
		this.years = years;
		this.memory = memory;
		this.clock = clock;
	}

	/**
	 * The zone and year a zone page shows; a zone or year the request names is the user's
	 * new choice and is kept for the next pages. Empty when the user reads no zone. A
	 * blank zone is no choice; a zone that does not exist is not found, one outside the
	 * user's scope is refused ({@link Regions#readable}).
	 */
	public Optional<ZoneYear> choose(GaoxinPrincipal me, String zone, Integer year) {
		String asked = requested(zone);
		if (asked != null) {
			this.regions.zone(asked);
		}
		List<Zone> zones = this.regions.readableBy(me.scope());
		if (zones.isEmpty()) {
			return Optional.empty();
		}
		Zone shown = (asked != null) ? this.regions.readable(asked, me.scope()) : current(me, zones);
		List<Integer> offered = offered(shown.code());
		if (year != null) {
			requireOffered(shown, year, offered);
		}
		if (asked != null || year != null) {
			remember(shown.code(), year);
		}
		int shownYear = year(shown.code(), year);
		return Optional.of(new ZoneYear(zones, shown, options(offered, shownYear), shownYear));
	}

	/**
	 * The year to show for a zone the page already knows (an enterprise's): the requested
	 * one, which must be one the zone offers, else the one last chosen for the zone, else
	 * the zone's default.
	 */
	public int year(String zoneCode, Integer requested) {
		if (requested != null) {
			if (zoneCode != null) {
				requireOffered(this.regions.zone(zoneCode), requested, offered(zoneCode));
			}
			return requested;
		}
		if (zoneCode == null) {
			return Year.now(this.clock).getValue() - 1;
		}
		ZoneMemory kept = memory();
		Integer chosen = (kept != null) ? kept.year(zoneCode) : null;
		return (chosen != null) ? chosen : this.years.defaultYear(zoneCode);
	}

	/**
	 * The zone a page with zones of its own shows (the zones whose reports the user
	 * reviews), answering as {@link #choose} does: a blank zone is no choice (the zone
	 * last chosen or the home zone, if offered, else the first offered); a zone that does
	 * not exist is not found; one not offered to the user is forbidden. Nothing is kept.
	 */
	public Zone among(GaoxinPrincipal me, String zone, List<Zone> offered) {
		String asked = requested(zone);
		if (asked == null) {
			return current(me, offered);
		}
		Zone named = this.regions.zone(asked);
		return offered.stream()
			.filter((z) -> z.code().equals(named.code()))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Zone " + asked + " is not offered to " + me.getUsername()));
	}

	/**
	 * The zone an API request names, which must exist (else not found); when it names
	 * none (or a blank one), the zone the API answers for ({@link #homeZone}).
	 */
	public Optional<String> named(GaoxinPrincipal me, String zone) {
		String asked = requested(zone);
		return (asked != null) ? Optional.of(this.regions.zone(asked).code()) : homeZone(me);
	}

	/** A zone parameter as sent: blank is no choice. */
	static String requested(String zone) {
		return (zone == null || zone.isBlank()) ? null : zone.strip();
	}

	/**
	 * The zone an API answers for when the request names none: the home zone, else the
	 * zone the user is bound to, else the first high-tech zone they read. No session is
	 * involved.
	 */
	public Optional<String> homeZone(GaoxinPrincipal me) {
		List<Zone> zones = this.regions.readableBy(me.scope());
		if (zones.isEmpty()) {
			return Optional.ofNullable(me.scope().zoneCode());
		}
		return Optional.of(home(me, zones).code());
	}

	/** The year an API answers for when the request names none: the zone's default. */
	public int defaultYear(String zoneCode) {
		return (zoneCode != null) ? this.years.defaultYear(zoneCode) : Year.now(this.clock).getValue() - 1;
	}

	private Zone current(GaoxinPrincipal me, List<Zone> zones) {
		ZoneMemory kept = memory();
		String chosen = (kept != null) ? kept.zone() : null;
		return zones.stream().filter((z) -> z.code().equals(chosen)).findFirst().orElseGet(() -> home(me, zones));
	}

	private static Zone home(GaoxinPrincipal me, List<Zone> zones) {
		for (String preferred : new String[] { me.homeZoneCode(), me.scope().zoneCode() }) {
			Optional<Zone> zone = zones.stream().filter((z) -> z.code().equals(preferred)).findFirst();
			if (zone.isPresent()) {
				return zone.get();
			}
		}
		return zones.stream().filter((z) -> z.level() != ZoneLevel.INDUSTRIAL_PARK).findFirst().orElse(zones.get(0));
	}

	/**
	 * The years a zone page may show for the zone, earliest first: its data years (and
	 * its default year), and the year after the latest, to start the next year's figures.
	 * The selectors offer these; a page asked for another year refuses it.
	 */
	public List<Integer> offered(String zoneCode) {
		TreeSet<Integer> years = new TreeSet<>(this.years.years(zoneCode));
		years.add(this.years.defaultYear(zoneCode));
		years.add(years.last() + 1);
		return List.copyOf(years);
	}

	/**
	 * A year the zone does not offer is refused (400, naming the years it offers) before
	 * anything is shown or remembered: a typing slip (2050, 1900) never becomes the year
	 * the next pages show.
	 */
	private static void requireOffered(Zone zone, int year, List<Integer> offered) {
		if (!offered.contains(year)) {
			throw new InputRefused("year", "zoneYear", new LocalizedText(zone.nameZh(), zone.nameEn()), offered);
		}
	}

	/** The offered years and the shown year, latest first. */
	private static List<Integer> options(List<Integer> offered, int shown) {
		TreeSet<Integer> years = new TreeSet<>(offered);
		years.add(shown);
		List<Integer> latestFirst = new ArrayList<>(years);
		latestFirst.sort(Comparator.reverseOrder());
		return latestFirst;
	}

	private void remember(String zoneCode, Integer year) {
		ZoneMemory kept = memory();
		if (kept != null) {
			kept.chose(zoneCode, year);
		}
	}

	/** The session's memory; none outside a web request (the command line, a test). */
	private ZoneMemory memory() {
		return (RequestContextHolder.getRequestAttributes() != null) ? this.memory.getObject() : null;
	}

}
