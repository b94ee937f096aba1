package org.gaoxin.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.gaoxin.enterprise.Enterprise;
import org.gaoxin.shared.HighTechField;

/** Row mappers for the enterprise tables. */
public final class EnterpriseRows {

	private EnterpriseRows() {
	}

	public static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
		String field = rs.getString("tech_field");
		return new Enterprise(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
				rs.getString("zone_code"), rs.getString("industry"),
				(field != null) ? HighTechField.valueOf(field) : null, rs.getDate("registration_date").toLocalDate(),
				rs.getBoolean("above_designated_size"), rs.getBoolean("strategic_emerging"), rs.getString("chain_code"),
				rs.getString("chain_link_code"));
	}

}
