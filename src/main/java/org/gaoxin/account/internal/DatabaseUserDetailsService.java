package org.gaoxin.account.internal;

import org.gaoxin.account.DataScope;
import org.gaoxin.account.GaoxinPrincipal;
import org.gaoxin.account.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class DatabaseUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	DatabaseUserDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.jdbc.sql("""
				SELECT username, password_hash, display_name, role, zone_code, enterprise_id, department_code,
				       chain_code, enabled, home_zone_code
				FROM app_user WHERE username = :username""").param("username", username).query((rs, row) -> {
			Long enterpriseId = rs.getObject("enterprise_id", Long.class);
			DataScope scope = new DataScope(Role.valueOf(rs.getString("role")), rs.getString("zone_code"), enterpriseId,
					rs.getString("chain_code"), rs.getString("department_code"));
			return new GaoxinPrincipal(rs.getString("username"), rs.getString("password_hash"),
					rs.getString("display_name"), rs.getBoolean("enabled"), scope, rs.getString("home_zone_code"));
		}).optional().orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
