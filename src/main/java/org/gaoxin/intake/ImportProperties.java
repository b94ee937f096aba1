package org.gaoxin.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The imports' limits ({@code gaoxin.intake.*}).
 *
 * @param maxFileBytes larger uploads are refused before they are read
 * @param keepFinished how long a finished import's errors and changes stay to be read or
 * confirmed
 * @param headerRows how many rows at the top of a sheet are searched for the header
 * @param blankRowsToStop a run of this many blank rows ends the reading
 * @param maxErrors errors beyond this many are counted, not kept
 * @param workers imports that run at the same time
 */
@ConfigurationProperties("gaoxin.intake")
public record ImportProperties(@DefaultValue("52428800") long maxFileBytes, @DefaultValue("2h") Duration keepFinished,
		@DefaultValue("10") int headerRows, @DefaultValue("1000") int blankRowsToStop,
		@DefaultValue("10000") int maxErrors, @DefaultValue("2") int workers) {

	public ImportProperties {
		if (maxFileBytes < 1 || headerRows < 1 || blankRowsToStop < 1 || maxErrors < 1 || workers < 1) {
			throw new IllegalArgumentException("gaoxin.intake: limits must be positive");
		}
	}

}
