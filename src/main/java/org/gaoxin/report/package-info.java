/**
 * Documents for the expert panel and the leaders: the self-assessment report and the
 * yearly monitoring report (Word, PDF, Excel). Reads the evaluation and what the other
 * modules know; nothing depends on it.
 */
package org.gaoxin.report;
