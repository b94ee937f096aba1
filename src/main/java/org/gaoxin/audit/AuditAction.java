package org.gaoxin.audit;

public enum AuditAction {

	CREATE, UPDATE, DELETE, IMPORT

}
