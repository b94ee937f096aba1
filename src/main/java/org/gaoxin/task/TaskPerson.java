package org.gaoxin.task;

/**
 * Someone holding a post: at headquarters ({@code hqPost}; {@code departmentCode} then
 * the department they are seconded from) or in a department.
 *
 * @param username the user they sign in as, if any
 */
public record TaskPerson(long id, String zoneCode, HqPost hqPost, String departmentCode, String title,
		String personName, String username) {
}
