/**
 * Running the platform: the embedded database's protection (no network port, a generated
 * password kept owner-only), the command line ({@code evaluate}, {@code backup},
 * {@code restore}) and its channel to the running application, backup and restore.
 */
package org.gaoxin.operations;
