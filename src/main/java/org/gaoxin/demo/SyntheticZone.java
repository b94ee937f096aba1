package org.gaoxin.demo;

import java.util.List;

import org.gaoxin.filing.AnnualReport;
import org.gaoxin.enterprise.NewEnterprise;

/**
 * A generated zone population, with enterprises referred to by their index in
 * {@code enterprises} until the registry gives them ids. Reports carry the index in their
 * enterprise id.
 */
record SyntheticZone(ZoneProfile profile, List<NewEnterprise> enterprises, List<AnnualReport> reports,
		List<Certificate> certificates, List<Registration> registrations) {

	record Certificate(int enterprise, int issueYear, String number) {
	}

	record Registration(int enterprise, int year, String number) {
	}

}
