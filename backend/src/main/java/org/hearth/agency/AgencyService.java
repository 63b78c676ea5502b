package org.hearth.agency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.PractitionerRole;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Agencies and practitioners are directory data: any signed-in caller may read them. */
@Service
public class AgencyService {

	private final AgencyRepository repository;

	AgencyService(AgencyRepository repository) {
		this.repository = repository;
	}

	public List<Agency> agencies() {
		return this.repository.findAll();
	}

	public List<Agency> agencies(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.findAgencies(ids);
	}

	public List<Practitioner> practitioners(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.findPractitioners(ids);
	}

	public Optional<Practitioner> practitioner(UUID id) {
		return this.repository.findPractitioner(id);
	}

	public Optional<Agency> agency(UUID id) {
		return this.repository.findAgencies(List.of(id)).stream().findFirst();
	}

	/** The most practitioners {@link #findPractitioners} answers. */
	public static final int MAX_MATCHES = 20;

	/**
	 * Practitioners to add to a team: those with the practitioner role whose name or agency holds the text (any case;
	 * at least two letters, else nothing), by name, at most {@link #MAX_MATCHES}.
	 */
	public List<PractitionerMatch> findPractitioners(@Nullable String text) {
		String wanted = (text != null) ? text.strip() : "";
		return (wanted.length() < 2) ? List.of() : this.repository.search(wanted, MAX_MATCHES);
	}

	/** The practitioners this manager line-manages, by name. */
	public List<Practitioner> managedBy(UUID managerId) {
		return this.repository.managedBy(managerId);
	}

	/** The line managers of these practitioners (those who have one), each once. */
	public List<UUID> managersOf(Collection<UUID> practitionerIds) {
		return practitionerIds.isEmpty() ? List.of() : this.repository.managersOf(practitionerIds);
	}

	/** Each of these practitioners who has a line manager, with their manager's id. */
	public Map<UUID, UUID> managerOf(Collection<UUID> practitionerIds) {
		return practitionerIds.isEmpty() ? Map.of() : this.repository.managerOf(practitionerIds);
	}

	public List<PractitionerRole> rolesOf(UUID practitionerId) {
		return this.repository.rolesOf(practitionerId);
	}

}
