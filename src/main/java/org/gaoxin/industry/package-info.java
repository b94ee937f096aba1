/**
 * The work on industrial chains (issue 13) that needs the enterprises, their reports and
 * the evaluation: each chain's and link's figures and strength (补链 / 强链 / 延链), the
 * enterprises a leader means to attract, investment projects and the foreign capital they
 * bring, reconciled with the figure the commerce department reports. The chains, links
 * and leaders themselves stay in {@code chain}, below the enterprise registry that names
 * them; this module sits above it.
 */
package org.gaoxin.industry;
