package org.gaoxin.chain;

/**
 * Who leads a chain (链长): the person, their post, the user account they sign in with and
 * the department that leads the chain's work; any of them may be unset.
 */
public record ChainLeader(String person, String post, String username, String departmentCode) {
}
