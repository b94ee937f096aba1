package org.gaoxin.task;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The id the database generated for an inserted row (H2 and PostgreSQL alike). */
final class Keys {

	private Keys() {
	}

	static long id(JdbcClient.StatementSpec insert) {
		KeyHolder keys = new GeneratedKeyHolder();
		insert.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

}
