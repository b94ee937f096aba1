/**
 * The scoring rules as pure code: normalisation across a peer set, weighting, ranking
 * with ties, missing values and what-ifs. Depends on the JDK only (ArchitectureTests).
 */
@org.springframework.modulith.NamedInterface("scoring")
package org.gaoxin.evaluation.scoring;
