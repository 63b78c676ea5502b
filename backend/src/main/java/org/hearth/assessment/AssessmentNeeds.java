package org.hearth.assessment;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.access.FamilyMemberKind;
import org.hearth.access.Visibility;
import org.hearth.audit.AuditEvent;
import org.hearth.graphql.UserErrorException;
import org.hearth.policy.NeedArea;
import org.hearth.policy.PolicyService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The needs an assessment found, under the policy's need areas (the Supporting Families headlines): checked and
 * stored with the completion, and read like the assessment's summary.
 */
@Component
public class AssessmentNeeds {

	private final AssessmentRepository repository;

	private final PolicyService policies;

	private final AccessService access;

	AssessmentNeeds(AssessmentRepository repository, PolicyService policies, AccessService access) {
		this.repository = repository;
		this.policies = policies;
		this.access = access;
	}

	/**
	 * The codes the caller sent, without repeats, each one of the policy's active need areas; null when they sent
	 * none (the needs stay as they are).
	 * @throws UserErrorException UNKNOWN_NEED_AREA at {@code needAreaCodes} for any other code
	 */
	@Nullable List<String> checked(@Nullable List<String> needAreaCodes) {
		if (needAreaCodes == null) {
			return null;
		}
		List<String> order = this.policies.current().needAreas().stream().map(NeedArea::code).toList();
		Set<String> codes = new LinkedHashSet<>();
		for (String code : needAreaCodes) {
			String given = code.strip();
			if (!order.contains(given)) {
				throw UserErrorException.of("needAreaCodes", "UNKNOWN_NEED_AREA",
						"'%s' is not one of the policy's need areas.".formatted(given));
			}
			codes.add(given);
		}
		return order.stream().filter(codes::contains).toList();
	}

	/**
	 * Stores the needs found (already {@linkplain #checked checked}), replacing any before.
	 * @return the field change for the completion's audit event
	 */
	AuditEvent.FieldChange replace(UUID assessmentId, List<String> codes) {
		List<String> before = this.repository.needs(List.of(assessmentId)).getOrDefault(assessmentId, List.of());
		this.repository.replaceNeeds(assessmentId, codes);
		return new AuditEvent.FieldChange("needAreaCodes", before.isEmpty() ? null : before.toString(),
				codes.isEmpty() ? null : codes.toString());
	}

	/** The need area codes each assessment found, for the rules and reporting (no narrowing). */
	public Map<UUID, List<String>> of(Collection<UUID> assessmentIds) {
		return assessmentIds.isEmpty() ? Map.of() : this.repository.needs(assessmentIds);
	}

	/**
	 * The needs each assessment found, as the caller may read them: like the summary, practitioners, partners and a
	 * parent; no other family member.
	 */
	public Map<UUID, List<NeedArea>> needAreas(Caller caller, Collection<UUID> assessmentIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		if (own != null && own.kind() != FamilyMemberKind.PARENT) {
			return Map.of();
		}
		Map<UUID, List<String>> codes = of(assessmentIds);
		Map<String, NeedArea> areas = this.policies
			.needAreas(codes.values().stream().flatMap(List::stream).distinct().toList())
			.stream()
			.collect(Collectors.toMap(NeedArea::code, area -> area));
		return codes.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					entry -> entry.getValue().stream().map(areas::get).filter(Objects::nonNull).toList()));
	}

}
