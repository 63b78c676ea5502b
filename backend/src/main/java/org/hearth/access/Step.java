package org.hearth.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * A step of the early help process that changes an episode, and who may take it. Every write names its step and
 * passes {@link Permissions#lock}; nothing else decides who may write. Deny by default: a relationship not listed
 * may not take the step.
 */
public enum Step {

	/** Add someone to the family of an open episode: whoever records the episode's steps. */
	ADD_FAMILY_MEMBER("add someone to this family", EnumSet.of(Relationship.LEAD, Relationship.MANAGER,
			Relationship.EARLY_HELP_TEAM, Relationship.TEAM_MEMBER), EnumSet.noneOf(Relationship.class), true),

	/** Record a family member's consent decision: whoever on the team is with the family when they decide. */
	RECORD_CONSENT("record consent on this episode", EnumSet.of(Relationship.LEAD, Relationship.MANAGER,
			Relationship.EARLY_HELP_TEAM, Relationship.TEAM_MEMBER), EnumSet.noneOf(Relationship.class), true),

	/**
	 * Start, record and complete the family's assessment (views, the child's voice, the summary): the lead's side and
	 * the practitioners on the team, whoever sits with the family when they say it.
	 */
	RECORD_ASSESSMENT("record this family's assessment", EnumSet.of(Relationship.LEAD, Relationship.MANAGER,
			Relationship.EARLY_HELP_TEAM, Relationship.TEAM_MEMBER), EnumSet.noneOf(Relationship.class), true),

	/** Invite a family member to set up an account: the lead, who knows the family, and nobody else. */
	INVITE_FAMILY_MEMBER("invite a family member to this episode", EnumSet.of(Relationship.LEAD),
			EnumSet.noneOf(Relationship.class), false),

	/**
	 * Change an action's status: the lead's side for any action; a team member, their manager, a family member on
	 * the team or a partner system for actions they (their staff, their agency) own.
	 */
	UPDATE_ACTION_STATUS("change this action's status", Relationship.LEADING_SIDE,
			EnumSet.of(Relationship.TEAM_MEMBER, Relationship.MEMBERS_MANAGER, Relationship.FAMILY_MEMBER,
					Relationship.PARTNER_AGENCY),
			true),

	/** Edit an action (what it says, when it is due): as for its status. */
	UPDATE_ACTION("edit this action", Relationship.LEADING_SIDE, EnumSet.of(Relationship.TEAM_MEMBER,
			Relationship.MEMBERS_MANAGER, Relationship.FAMILY_MEMBER, Relationship.PARTNER_AGENCY), true),

	/**
	 * Record that a family member withdraws consent, which closes the episode: whoever on the team hears it, since
	 * the family may say so to any of them, or the family member themselves in their own app (only their own consent:
	 * {@code ConsentService.recordWithdrawal}).
	 */
	WITHDRAW_CONSENT("record a withdrawal of consent on this episode", EnumSet.of(Relationship.LEAD,
			Relationship.MANAGER, Relationship.EARLY_HELP_TEAM, Relationship.TEAM_MEMBER, Relationship.FAMILY_MEMBER),
			EnumSet.noneOf(Relationship.class), true),

	/** Put a team meeting in the diary, or record one held: the lead's side and the practitioners on the team. */
	ARRANGE_MEETING("arrange or record this team's meetings", EnumSet.of(Relationship.LEAD, Relationship.MANAGER,
			Relationship.EARLY_HELP_TEAM, Relationship.TEAM_MEMBER), EnumSet.noneOf(Relationship.class), true),

	/** Record a review of the plan and its decision: the lead, who chairs it, their manager and the hub. */
	RECORD_REVIEW("record a review of this plan", Relationship.LEADING_SIDE, EnumSet.noneOf(Relationship.class),
			true),

	/** Close the episode, or step the family up to social care: the lead's side only. */
	CLOSE_EPISODE("close this episode", Relationship.LEADING_SIDE, EnumSet.noneOf(Relationship.class), true),

	/**
	 * Add a practitioner or a family member to the team, or take someone off it: the lead's side (the lead, the
	 * lead's manager, the Early Help team), who answer for who is on the team.
	 */
	CHANGE_TEAM("change this team", Relationship.LEADING_SIDE, EnumSet.noneOf(Relationship.class), true),

	/** Hand the lead to another member of the team: the lead's side, and the handover is recorded. */
	HAND_OVER_LEAD("hand over the lead of this team", Relationship.LEADING_SIDE, EnumSet.noneOf(Relationship.class),
			true),

	/** Add an outcome or an action to the plan: the lead's side and the practitioners on the team, who make the plan. */
	ADD_TO_PLAN("add to this plan", EnumSet.of(Relationship.LEAD, Relationship.MANAGER, Relationship.EARLY_HELP_TEAM,
			Relationship.TEAM_MEMBER), EnumSet.noneOf(Relationship.class), true),

	/**
	 * Change or cancel an outcome of the plan: as for adding to it, the lead's side and the practitioners on the team,
	 * who made the plan together.
	 */
	CHANGE_PLAN("change this plan's outcomes", EnumSet.of(Relationship.LEAD, Relationship.MANAGER,
			Relationship.EARLY_HELP_TEAM, Relationship.TEAM_MEMBER), EnumSet.noneOf(Relationship.class), true),

	/** Add a comment to the family's plan: the family itself, or anyone on the lead's side recording it for them. */
	ADD_FAMILY_COMMENT("add a comment to this family's plan", EnumSet.of(Relationship.LEAD, Relationship.MANAGER, Relationship.EARLY_HELP_TEAM,
			Relationship.TEAM_MEMBER, Relationship.FAMILY_MEMBER), EnumSet.noneOf(Relationship.class), true);

	/** How a caller stands to an episode (several may hold at once). */
	public enum Relationship {

		/** The practitioner leading the team now. */
		LEAD,
		/** The manager of the practitioner leading the team now. */
		MANAGER,
		/** The manager of another practitioner on the team now (not on it themself). */
		MEMBERS_MANAGER,
		/** The Early Help team (hub), who allocate and oversee every episode. */
		EARLY_HELP_TEAM,
		/** A practitioner on the team now, not the lead. */
		TEAM_MEMBER,
		/** A member of the episode's family. */
		FAMILY_MEMBER,
		/** A partner system with {@code actions:write} whose agency is on the team, sharing allowed. */
		PARTNER_AGENCY;

		/** Those who run the episode: the lead, their managers and the Early Help team. */
		static final Set<Relationship> LEADING_SIDE = EnumSet.of(LEAD, MANAGER, EARLY_HELP_TEAM);

	}

	private final String description;

	private final Set<Relationship> always;

	private final Set<Relationship> whenOwner;

	private final boolean openOnly;

	Step(String description, Set<Relationship> always, Set<Relationship> whenOwner, boolean openOnly) {
		this.description = description;
		this.always = always;
		this.whenOwner = whenOwner;
		this.openOnly = openOnly;
	}

	/** Whether any of the caller's relationships allows this step, on a record they own or not. */
	boolean allows(Set<Relationship> relationships, boolean owner) {
		return relationships.stream()
			.anyMatch(relationship -> this.always.contains(relationship)
					|| (owner && this.whenOwner.contains(relationship)));
	}

	/** The step in words, after "You may not". */
	String describe() {
		return this.description;
	}

	/** Whether the step may only be taken while the episode is open. */
	boolean openOnly() {
		return this.openOnly;
	}

}
