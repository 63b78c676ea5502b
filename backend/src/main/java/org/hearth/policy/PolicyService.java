package org.hearth.policy;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

/** Reads the deployment's policy; every timescale in Hearth is computed from it, never from constants. */
@Service
public class PolicyService {

	private final PolicyRepository repository;

	PolicyService(PolicyRepository repository) {
		this.repository = repository;
	}

	public Policy current() {
		return this.repository.load();
	}

	public List<NeedArea> needAreas(Collection<String> codes) {
		return codes.isEmpty() ? List.of() : this.repository.needAreas(codes);
	}

}
