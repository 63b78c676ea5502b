package org.hearth.system;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/** New keys are time-ordered UUIDs (version 7), the same kind a tablet makes offline for the records it creates. */
public final class Ids {

	private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

	private Ids() {
	}

	public static UUID newId() {
		return GENERATOR.generate();
	}

}
