package org.gaoxin.chain;

/** An arrow of a chain's graph: the upstream link supplies the downstream one. */
public record ChainEdge(String upstream, String downstream) {
}
