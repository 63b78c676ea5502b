package org.hearth.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.hearth.access.Caller;
import org.hearth.access.Channel;
import org.hearth.access.PractitionerRole;
import org.hearth.assessment.AssessmentService;
import org.hearth.assessment.CompleteAssessmentInput;
import org.hearth.assessment.RecordChildVoiceInput;
import org.hearth.assessment.RecordPersonViewInput;
import org.hearth.assessment.StartAssessmentInput;
import org.hearth.closure.CloseEpisodeInput;
import org.hearth.closure.ClosureReason;
import org.hearth.closure.ClosureService;
import org.hearth.comment.AddFamilyCommentInput;
import org.hearth.comment.CommentService;
import org.hearth.consent.ConsentDecision;
import org.hearth.consent.ConsentMethod;
import org.hearth.consent.ConsentScope;
import org.hearth.consent.ConsentService;
import org.hearth.consent.RecordConsentInput;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.EpisodeSource;
import org.hearth.episode.LevelOfNeed;
import org.hearth.family.Address;
import org.hearth.family.ContactService;
import org.hearth.family.NewFamilyInput;
import org.hearth.family.PersonRole;
import org.hearth.family.RecordContactAgreementInput;
import org.hearth.plan.ActionStatus;
import org.hearth.plan.AddActionInput;
import org.hearth.plan.AddOutcomeInput;
import org.hearth.plan.OutcomeProgressInput;
import org.hearth.plan.OutcomeStatus;
import org.hearth.plan.PlanService;
import org.hearth.plan.UpdateActionStatusInput;
import org.hearth.request.EarlyHelpRequests;
import org.hearth.request.RequestEarlyHelpInput;
import org.hearth.review.MeetingKind;
import org.hearth.review.MeetingService;
import org.hearth.review.Progress;
import org.hearth.review.RecordMeetingInput;
import org.hearth.review.RecordReviewInput;
import org.hearth.review.ReviewDecision;
import org.hearth.review.ReviewService;
import org.hearth.review.ScheduleMeetingInput;
import org.hearth.system.ApplicationClock;
import org.hearth.system.Ids;
import org.hearth.team.AddTeamMemberInput;
import org.hearth.team.HandOverLeadInput;
import org.hearth.team.RemoveTeamMemberInput;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo: a council's Early Help service and its partners, the documented accounts, and six families, one at
 * each stage of the process. The service and its staff are set up directly (Hearth has no screens for that yet); each
 * family's history is replayed through the same services the app and the API use, each step on the day it happened,
 * so the demo obeys every rule, carries its audit trail and notifications, and its timescales always tell a story.
 */
@Component
class DemoData {

	/** The password of every demo account (documented in the README; refused by the production profile). */
	static final String PASSWORD = "hearth-demo";

	/** The secret of the demo partner client {@code school-mis}. */
	static final String PARTNER_SECRET = "school-mis-secret";

	private static final String FSW = "Family support worker (lead)";

	private final DemoDataRepository db;

	private final PasswordEncoder passwords;

	private final ApplicationClock clock;

	private final EarlyHelpRequests requests;

	private final ConsentService consents;

	private final TeamService teams;

	private final AssessmentService assessments;

	private final PlanService plans;

	private final MeetingService meetings;

	private final ReviewService reviews;

	private final ClosureService closures;

	private final CommentService comments;

	private final EpisodeService episodes;

	private final ContactService contacts;

	private LocalDate today;

	private Caller.PractitionerCaller sam;

	private Caller.PractitionerCaller alex;

	private Caller.PractitionerCaller hub;

	private Caller.PractitionerCaller healthVisitor;

	private UUID housingOfficer;

	DemoData(DemoDataRepository db, PasswordEncoder passwords, ApplicationClock clock, EarlyHelpRequests requests,
			ConsentService consents, TeamService teams, AssessmentService assessments, PlanService plans,
			MeetingService meetings, ReviewService reviews, ClosureService closures, CommentService comments,
			EpisodeService episodes, ContactService contacts) {
		this.db = db;
		this.passwords = passwords;
		this.clock = clock;
		this.requests = requests;
		this.consents = consents;
		this.teams = teams;
		this.assessments = assessments;
		this.plans = plans;
		this.meetings = meetings;
		this.reviews = reviews;
		this.closures = closures;
		this.comments = comments;
		this.episodes = episodes;
		this.contacts = contacts;
	}

	/** Loads everything, in one transaction with the caller's. */
	void load() {
		this.today = LocalDate.now(this.clock);
		String passwordHash = this.passwords.encode(PASSWORD);
		agenciesAndPeople(passwordHash);
		// Opened in this order, so that their references number 1 to 6 (within each year they were opened in).
		requested();
		assessing();
		planning();
		activeWithReviews(passwordHash);
		activeAndOverdue();
		closed();
	}

	private void agenciesAndPeople(String passwordHash) {
		UUID earlyHelp = this.db.agency("Northgate Early Help Service", "LOCAL_AUTHORITY_EARLY_HELP",
				"earlyhelp@northgate.example", "01632 960100");
		UUID school = this.db.agency("Riverside Primary School", "SCHOOL", "office@riverside.example",
				"01632 960200");
		UUID health = this.db.agency("Northgate Health Visiting Team", "HEALTH", "hv@northgate-nhs.example",
				"01632 960300");
		UUID housing = this.db.agency("Northgate Homes", "HOUSING", "tenancy@northgatehomes.example",
				"01632 960400");
		UUID charity = this.db.agency("Harbour Family Centre", "VOLUNTARY", "hello@harbour.example", "01632 960500");
		this.db.agency("Northgate Children's Social Care", "SOCIAL_CARE", "csc@northgate.example", "01632 960600");

		UUID morgan = this.db.practitioner(earlyHelp, "Morgan Ellis", "Early Help team manager",
				"morgan.ellis@northgate.example", "01632 960111", null, List.of("PRACTITIONER", "MANAGER"));
		this.sam = practitioner(this.db.practitioner(earlyHelp, "Sam Okafor", "Family support worker",
				"sam.okafor@northgate.example", "07700 900101", morgan, List.of("PRACTITIONER")), "Sam Okafor");
		this.alex = practitioner(this.db.practitioner(school, "Alex Reid", "Pastoral lead", "a.reid@riverside.example",
				"01632 960201", null, List.of("PRACTITIONER")), "Alex Reid");
		this.hub = practitioner(this.db.practitioner(earlyHelp, "Priya Shah", "Early Help hub advisor",
				"priya.shah@northgate.example", "01632 960120", null, List.of("PRACTITIONER", "EARLY_HELP_TEAM")),
				"Priya Shah", PractitionerRole.EARLY_HELP_TEAM);
		UUID casey = this.db.practitioner(charity, "Casey Lin", "Family worker", "casey@harbour.example",
				"01632 960501", null, List.of("PRACTITIONER"));
		this.healthVisitor = practitioner(this.db.practitioner(health, "Jo Patel", "Health visitor",
				"jo.patel@northgate-nhs.example", "01632 960301", null, List.of("PRACTITIONER")), "Jo Patel");
		this.housingOfficer = this.db.practitioner(housing, "Chris Evans", "Tenancy sustainment officer",
				"c.evans@northgatehomes.example", "01632 960401", null, List.of("PRACTITIONER"));

		this.db.account("sam", passwordHash, this.sam.practitionerId(), null);
		this.db.account("alex", passwordHash, this.alex.practitionerId(), null);
		this.db.account("morgan", passwordHash, morgan, null);
		this.db.account("hub", passwordHash, this.hub.practitionerId(), null);
		this.db.account("casey", passwordHash, casey, null);
		this.db.partnerClient("school-mis", this.passwords.encode(PARTNER_SECRET), school, "plans:read actions:write");
	}

	/** A request has been made; consent is still to be asked for. */
	private void requested() {
		UUID mother = Ids.newId();
		on(3, () -> request(this.sam, new NewFamilyInput(new Address("14 Mill Lane", null, "Northgate", "NG1 4AB"),
				"Urdu", true, List.of(adult(mother, "Amina", "Hussain", 31, 40),
						child(Ids.newId(), "Zain", "Hussain", 7, 12), child(Ids.newId(), "Layla", "Hussain", 3, 150))),
				EpisodeSource.PRACTITIONER_REQUEST, LevelOfNeed.LEVEL_2,
				"Zain's attendance has dropped to 82% this term and he is often tired. Mum has asked for help "
						+ "with routines since moving to the area."));
	}

	/** Consent given; the assessment is under way, with the family's views partly recorded. */
	private void assessing() {
		UUID mother = Ids.newId();
		UUID father = Ids.newId();
		UUID child = Ids.newId();
		UUID episode = on(9, () -> request(this.healthVisitor,
				new NewFamilyInput(new Address("3 Orchard Close", null, "Northgate", "NG2 7CD"), "Polish", false,
						List.of(adult(mother, "Kasia", "Nowak", 27, 100), adult(father, "Piotr", "Nowak", 29, 10),
								child(child, "Ola", "Nowak", 4, 70),
								new NewFamilyInput.NewPerson(Ids.newId(), "Baby", "Nowak", null,
										LocalDate.now(this.clock).plusDays(69), PersonRole.CHILD, false, false))),
				EpisodeSource.HUB_REFERRAL, LevelOfNeed.LEVEL_2,
				"Health visitor concerned about Ola's speech and the parents' stress with a new baby due."));
		on(9, () -> allocateSam(episode, "Health visitor"));
		on(8, () -> consent(episode, mother, ConsentMethod.SIGNED_ON_DEVICE, null));
		on(6, () -> {
			this.assessments.start(this.sam, new StartAssessmentInput(episode, null, null));
			view(episode, mother, "Ola doesn't have many words yet and gets frustrated.",
					"We read together every night.", "Ola to be understood at nursery.");
			view(episode, father, "Working nights; feels he misses bedtime.", "Good with Ola at the park.",
					"More time together as a family before the baby comes.");
			return this.assessments.recordVoice(this.sam,
					new RecordChildVoiceInput(episode, child, "Loud noises", "Bubbles and my dad", "Be a firefighter",
							null, null));
		});
	}

	/** Assessment done; the initial Team Around the Family meeting is booked for later this week. */
	private void planning() {
		UUID father = Ids.newId();
		UUID child = Ids.newId();
		UUID episode = on(24, () -> request(this.alex,
				new NewFamilyInput(new Address("22 Station Road", null, "Easton", "NG3 2EF"), "English", false,
						List.of(adult(father, "Mark", "Thompson", 38, 5), child(child, "Ellie", "Thompson", 9, 200),
								child(Ids.newId(), "Josh", "Thompson", 13, 30))),
				EpisodeSource.PRACTITIONER_REQUEST, LevelOfNeed.LEVEL_3,
				"Ellie is anxious about school since her parents separated; dad is struggling with rent arrears."));
		on(24, () -> allocateSam(episode, "Pastoral lead, Riverside Primary"));
		on(23, () -> consent(episode, father, ConsentMethod.SIGNED_ON_DEVICE, null));
		on(20, () -> this.assessments.start(this.sam, new StartAssessmentInput(episode, null, null)));
		on(12, () -> {
			view(episode, father, "Arrears letters keep coming.", "Never misses the school run.",
					"A plan to clear the arrears.");
			return this.assessments.recordVoice(this.sam,
					new RecordChildVoiceInput(episode, child, "Dad being sad", "My friends and drawing", "A dog", null,
							null));
		});
		on(8, () -> {
			this.assessments.complete(this.sam, new CompleteAssessmentInput(episode,
					List.of("School pastoral support", "Citizens Advice"),
					"Ellie worries about her dad and money. Dad wants a stable home and to stay on top of bills.",
					null, null, List.of("EDUCATION", "FAMILY_RELATIONSHIPS", "HOUSING", "FINANCIAL_STABILITY")));
			return this.meetings.schedule(this.sam, new ScheduleMeetingInput(Ids.newId(), episode,
					MeetingKind.INITIAL_TAF, instant(-3)));
		});
	}

	/** Active plan with outcomes, actions and two reviews; Dana can sign in to see it. */
	private void activeWithReviews(String passwordHash) {
		UUID dana = Ids.newId();
		UUID leo = Ids.newId();
		UUID maya = Ids.newId();
		UUID episode = on(120, () -> request(this.alex,
				new NewFamilyInput(new Address("8 Beech Walk", null, "Northgate", "NG1 9GH"), "English", false,
						List.of(adult(dana, "Dana", "Carter", 34, 60), child(leo, "Leo", "Carter", 8, 90),
								child(maya, "Maya", "Carter", 5, 20))),
				EpisodeSource.PRACTITIONER_REQUEST, LevelOfNeed.LEVEL_3,
				"Leo's behaviour at school has changed; the family faces eviction after a rent increase."));
		this.db.account("dana", passwordHash, null, dana);
		UUID lead = on(120, () -> allocateSam(episode, "Pastoral lead, Riverside Primary"));
		UUID teacher = placeOf(episode, this.alex.practitionerId());
		on(119, () -> consent(episode, dana, ConsentMethod.SIGNED_ON_DEVICE, null));
		// Dana agreed to be reminded by e-mail and text (the demo sends nothing: hearth.delivery.channel=none).
		on(119, () -> this.contacts.record(this.sam,
				new RecordContactAgreementInput(dana, 0, "dana.carter@example.org", "07700 900461", true, null)));
		on(117, () -> {
			this.assessments.start(this.sam, new StartAssessmentInput(episode, null, null));
			view(episode, dana, "Losing the flat. Leo's temper.", "We are close; the kids are my world.",
					"Somewhere settled to live and Leo happy at school.");
			view(episode, leo, "Moving school.", "Good at football.", "Stay with my friends.");
			this.assessments.recordVoice(this.sam, new RecordChildVoiceInput(episode, leo, "Shouting at home",
					"Football and Grandad", "Play for Northgate FC", null, null));
			return this.assessments.recordVoice(this.sam,
					new RecordChildVoiceInput(episode, maya, "The dark", "My teddy and Leo", "Be a vet", null, null));
		});
		on(105, () -> this.assessments.complete(this.sam, new CompleteAssessmentInput(episode,
				List.of("School pastoral support", "Northgate Homes"),
				"Housing insecurity is the main worry; Leo is unsettled at school and Mum is worn out.", null, null,
				List.of("EDUCATION", "HEALTH", "HOUSING", "FINANCIAL_STABILITY"))));

		UUID tenancy = Ids.newId();
		UUID mum = Ids.newId();
		UUID housingOutcome = Ids.newId();
		UUID schoolOutcome = Ids.newId();
		UUID moneyOutcome = Ids.newId();
		UUID arrearsPlan = Ids.newId();
		UUID counsellor = Ids.newId();
		UUID checkIn = Ids.newId();
		UUID benefitCheck = Ids.newId();
		on(95, () -> {
			member(episode, tenancy, this.housingOfficer, null, "Tenancy sustainment");
			member(episode, mum, null, dana, "Mum");
			outcome(episode, housingOutcome, null, "HOUSING", "The family has a secure tenancy they can afford.",
					"Rent account in credit for three months running; no notice to quit.", 155);
			outcome(episode, schoolOutcome, leo, "EDUCATION", "Leo feels settled at school and has fewer incidents.",
					"Behaviour log: no more than one incident a fortnight for half a term.", 140);
			outcome(episode, moneyOutcome, dana, "FINANCIAL_STABILITY",
					"Dana is claiming everything she is entitled to.", "Benefit check done and claims made.", 65);
			action(housingOutcome, arrearsPlan, "Agree a repayment plan for the arrears.", tenancy, 25);
			action(schoolOutcome, checkIn, "Weekly check-in with Leo on Monday mornings.", teacher, 125);
			action(schoolOutcome, counsellor, "Referral to the school counsellor.", teacher, 15);
			action(moneyOutcome, benefitCheck, "Benefit check with Citizens Advice.", mum, 55);
			return heldMeeting(episode, MeetingKind.INITIAL_TAF, List.of(lead, teacher, tenancy, mum), List.of(), true,
					"Plan agreed with Dana.");
		});
		on(90, () -> status(checkIn, ActionStatus.IN_PROGRESS, 0));
		on(82, () -> status(counsellor, ActionStatus.DONE, 0));
		on(72, () -> status(arrearsPlan, ActionStatus.DONE, 0));
		on(67, () -> review(episode, List.of(lead, teacher, mum), List.of(tenancy), Progress.POSITIVE_CHANGE,
				ReviewDecision.CONTINUE, "Feeling less panicked now the arrears plan is in place.",
				"Leo says school is 'a bit better'.", 56, List.of()));
		UUID housingPayment = Ids.newId();
		on(60, () -> {
			action(housingOutcome, housingPayment, "Apply for a discretionary housing payment.", lead, 70);
			return status(housingPayment, ActionStatus.IN_PROGRESS, 0);
		});
		on(45, () -> status(benefitCheck, ActionStatus.DONE, 0));
		on(11, () -> review(episode, List.of(lead, teacher, tenancy, mum), List.of(), Progress.POSITIVE_CHANGE,
				ReviewDecision.AMEND_PLAN, "Benefit claims sorted. Still worried about the DHP decision.",
				"Leo made the school football team.", 56,
				List.of(new OutcomeProgressInput(schoolOutcome, OutcomeStatus.PARTLY_ACHIEVED),
						new OutcomeProgressInput(moneyOutcome, OutcomeStatus.ACHIEVED))));
		UUID family = familyOf(episode);
		on(10, () -> this.comments.add(new Caller.FamilyMemberCaller(dana, family, "Dana Carter", Channel.SYSTEM),
				new AddFamilyCommentInput(Ids.newId(), episode,
						"Thank you for coming to the review at home, it helped.", null, null)));
	}

	/** Active, but the review is overdue and actions have slipped. */
	private void activeAndOverdue() {
		UUID mother = Ids.newId();
		UUID son = Ids.newId();
		UUID episode = on(150, () -> request(this.healthVisitor,
				new NewFamilyInput(new Address("41 Canal Street", null, "Easton", "NG3 5JK"), "Bengali", true,
						List.of(adult(mother, "Rahima", "Ahmed", 40, 3), child(son, "Imran", "Ahmed", 14, 100),
								child(Ids.newId(), "Sadia", "Ahmed", 11, 44),
								new NewFamilyInput.NewPerson(Ids.newId(), "Nasreen", "Begum",
										LocalDate.now(this.clock).minusYears(66), null, PersonRole.EXTENDED_FAMILY,
										false, false))),
				EpisodeSource.HUB_REFERRAL, LevelOfNeed.LEVEL_3,
				"Imran has been missing school and was seen with older young people late at night; "
						+ "Mum's health is poor."));
		UUID lead = on(150, () -> allocateSam(episode, "School nurse"));
		UUID nurse = placeOf(episode, this.healthVisitor.practitionerId());
		on(149, () -> {
			consent(episode, mother, ConsentMethod.SIGNED_ON_DEVICE, null);
			return consent(episode, son, ConsentMethod.VERBAL, "Imran understood and agreed in his own words.");
		});
		on(148, () -> {
			this.assessments.start(this.sam, new StartAssessmentInput(episode, null, null));
			return view(episode, mother, "Imran is out late and I cannot go looking for him.",
					"Imran loves his sisters.", "Imran safe and back at school.");
		});
		on(136, () -> this.assessments.complete(this.sam, new CompleteAssessmentInput(episode,
				List.of("Youth service", "GP"),
				"Imran is at risk of exploitation through missing school; Mum's illness limits supervision.", null,
				null, List.of("EDUCATION", "HEALTH", "SAFE_FROM_ABUSE", "CRIME_PREVENTION"))));
		UUID attendance = Ids.newId();
		UUID safety = Ids.newId();
		UUID curfew = Ids.newId();
		on(126, () -> {
			outcome(episode, attendance, son, "EDUCATION", "Imran is in school every day.",
					"Attendance at 95% or better over six weeks.", 146);
			outcome(episode, safety, son, "SAFE_FROM_ABUSE", "Imran is home by nine and the family knows where he is.",
					"Mum's diary shows him home by nine on school nights.", 146);
			action(attendance, Ids.newId(), "Daily call home when Imran is absent.", nurse, 105);
			action(safety, Ids.newId(), "Introduce Imran to the youth mentoring project.", lead, 112);
			action(safety, curfew, "Agree a curfew plan with Imran and Mum.", lead, 66);
			return heldMeeting(episode, MeetingKind.INITIAL_TAF, List.of(lead, nurse), List.of(), false,
					"Mum too unwell to attend; plan shared at home the next day.");
		});
		on(98, () -> review(episode, List.of(lead, nurse), List.of(), Progress.NO_CHANGE, ReviewDecision.CONTINUE,
				"Mum says Imran is still out late.", "Imran says school is boring.", 56, List.of()));
		on(64, () -> status(curfew, ActionStatus.DONE, 0));
	}

	/** Closed: needs met, with feedback and where to find help later. */
	private void closed() {
		UUID mother = Ids.newId();
		UUID child = Ids.newId();
		UUID episode = on(300, () -> request(this.alex,
				new NewFamilyInput(new Address("5 Willow Court", null, "Northgate", "NG1 3LM"), "English", false,
						List.of(adult(mother, "Sophie", "Green", 29, 210), child(child, "Alfie", "Green", 6, 33))),
				EpisodeSource.PRACTITIONER_REQUEST, LevelOfNeed.LEVEL_2,
				"Alfie's toileting and sleep; Mum isolated after a move."));
		UUID lead = on(300, () -> allocateSam(episode, "Pastoral lead, Riverside Primary"));
		UUID teacher = placeOf(episode, this.alex.practitionerId());
		on(299, () -> consent(episode, mother, ConsentMethod.SIGNED_ON_DEVICE, null));
		on(298, () -> {
			this.assessments.start(this.sam, new StartAssessmentInput(episode, null, null));
			return view(episode, mother, "I don't know anyone here.", "Alfie and I are close.",
					"Friends nearby and a good night's sleep.");
		});
		on(290, () -> this.assessments.complete(this.sam, new CompleteAssessmentInput(episode,
				List.of("School nursing"), "Mum lacks a support network; Alfie needs a routine.", null, null,
				List.of("HEALTH", "FAMILY_RELATIONSHIPS"))));
		UUID routine = Ids.newId();
		UUID network = Ids.newId();
		UUID chart = Ids.newId();
		UUID group = Ids.newId();
		on(280, () -> {
			outcome(episode, routine, child, "HEALTH", "Alfie sleeps through and is dry in the day.",
					"Sleep diary: five nights in seven through.", 220);
			outcome(episode, network, mother, "FAMILY_RELATIONSHIPS", "Sophie has people to turn to locally.",
					"Goes to a weekly group without support.", 220);
			action(routine, chart, "Bedtime routine chart and weekly check-in.", lead, 80);
			action(network, group, "Go with Sophie to the stay-and-play group.", lead, 40);
			return heldMeeting(episode, MeetingKind.INITIAL_TAF, List.of(lead, teacher), List.of(), true, null);
		});
		// Reviews every eight weeks until the last, which decided to close.
		on(252, () -> continuing(episode, List.of(lead, teacher)));
		on(245, () -> status(group, ActionStatus.DONE, 0));
		on(205, () -> status(chart, ActionStatus.DONE, 0));
		for (int held : List.of(196, 140, 84)) {
			on(held, () -> continuing(episode, List.of(lead, teacher)));
		}
		on(31, () -> review(episode, List.of(lead, teacher), List.of(), Progress.POSITIVE_CHANGE, ReviewDecision.CLOSE,
				"We are in a good place now.", "Alfie says he likes his new bed.", 0,
				List.of(new OutcomeProgressInput(routine, OutcomeStatus.ACHIEVED),
						new OutcomeProgressInput(network, OutcomeStatus.ACHIEVED))));
		on(30, () -> {
			this.teams.removeMember(this.sam, new RemoveTeamMemberInput(teacher, null));
			return this.closures.close(this.sam, new CloseEpisodeInput(episode, ClosureReason.NEEDS_MET,
					"Both outcomes achieved; Sophie goes to the group weekly and Alfie's routine is settled.", List.of(),
					"Sam really listened. We know where to go if things get hard again.", "I like my bed.",
					List.of("Northgate Family Hub drop-in, Tuesdays 10-12", "Riverside Primary pastoral team",
							"Family Information Service: 01632 960700"),
					null));
		});
	}

	// ------------------------------------------------------------------------------------------------ the steps

	private UUID request(Caller.PractitionerCaller requester, NewFamilyInput family, EpisodeSource source,
			LevelOfNeed level, String reasons) {
		return this.requests.request(requester,
				new RequestEarlyHelpInput(Ids.newId(), null, family, level, source, reasons, null));
	}

	/**
	 * The hub allocates Sam as lead: Sam joins the team and the requester, the interim lead, hands over; the
	 * requester stays on the team in their own role.
	 * @return Sam's place on the team
	 */
	private UUID allocateSam(UUID episode, String requesterRole) {
		UUID samsPlace = Ids.newId();
		this.teams.addMember(this.hub, new AddTeamMemberInput(samsPlace, episode, this.sam.practitionerId(), null, FSW,
				null));
		this.teams.handOverLead(this.hub, new HandOverLeadInput(episode, samsPlace, true,
				"Allocated by the Early Help hub. " + requesterRole + " stays on the team.", null));
		return samsPlace;
	}

	private UUID consent(UUID episode, UUID person, ConsentMethod method, @Nullable String notes) {
		for (ConsentScope scope : ConsentScope.values()) {
			this.consents.record(this.sam, new RecordConsentInput(Ids.newId(), episode, scope, ConsentDecision.GIVEN,
					person, method, null, notes, null));
		}
		return episode;
	}

	private UUID view(UUID episode, UUID person, String worries, String strengths, String wishes) {
		return this.assessments.recordView(this.sam,
				new RecordPersonViewInput(episode, person, worries, strengths, wishes, false, null, null));
	}

	private void member(UUID episode, UUID place, @Nullable UUID practitioner, @Nullable UUID person, String role) {
		this.teams.addMember(this.sam, new AddTeamMemberInput(place, episode, practitioner, person, role, null));
	}

	private void outcome(UUID episode, UUID id, @Nullable UUID forPerson, String needArea, String description,
			String measure, int targetInDays) {
		this.plans.addOutcome(this.sam, new AddOutcomeInput(id, episode, forPerson, needArea, description, measure,
				LocalDate.now(this.clock).plusDays(targetInDays)));
	}

	private void action(UUID outcome, UUID id, String description, UUID owner, int dueInDays) {
		this.plans.addAction(this.sam,
				new AddActionInput(id, outcome, description, owner, LocalDate.now(this.clock).plusDays(dueInDays)));
	}

	private UUID status(UUID action, ActionStatus status, int version) {
		return this.plans.updateActionStatus(this.sam, new UpdateActionStatusInput(action, status, version, null)).id();
	}

	/** A meeting put in the diary for this morning and recorded as held today. */
	private UUID heldMeeting(UUID episode, MeetingKind kind, List<UUID> attended, List<UUID> apologies,
			boolean familyAttended, @Nullable String notes) {
		UUID meeting = Ids.newId();
		this.meetings.schedule(this.sam, new ScheduleMeetingInput(meeting, episode, kind,
				LocalDate.now(this.clock).atTime(10, 0).atZone(this.clock.getZone()).toInstant()));
		this.meetings.record(this.sam, new RecordMeetingInput(meeting, LocalDate.now(this.clock), attended, apologies,
				familyAttended, notes, null));
		return meeting;
	}

	/** A review meeting held today, and the review of the plan made at it. */
	private UUID review(UUID episode, List<UUID> attended, List<UUID> apologies, Progress progress,
			ReviewDecision decision, String familyViews, @Nullable String childViews, int nextInDays,
			List<OutcomeProgressInput> outcomes) {
		UUID meeting = heldMeeting(episode, MeetingKind.REVIEW, attended, apologies, true, null);
		LocalDate heldOn = LocalDate.now(this.clock);
		return this.reviews.recordReview(this.sam, new RecordReviewInput(Ids.newId(), episode, meeting, heldOn,
				progress, decision, outcomes, familyViews, childViews,
				(nextInDays > 0) ? heldOn.plusDays(nextInDays) : null));
	}

	private UUID continuing(UUID episode, List<UUID> attended) {
		return review(episode, attended, List.of(), Progress.POSITIVE_CHANGE, ReviewDecision.CONTINUE,
				"Things are getting easier.", null, 56, List.of());
	}

	private UUID placeOf(UUID episode, UUID practitioner) {
		return this.teams.ofEpisodes(List.of(episode))
			.stream()
			.filter(member -> practitioner.equals(member.practitionerId()))
			.map(TeamMember::id)
			.findFirst()
			.orElseThrow();
	}

	private UUID familyOf(UUID episode) {
		return this.episodes.episodes(List.of(episode)).getFirst().familyId();
	}

	private NewFamilyInput.NewPerson adult(UUID id, String given, String family, int years, int days) {
		return new NewFamilyInput.NewPerson(id, given, family, born(years, days), null, PersonRole.PARENT_CARER, true,
				true);
	}

	private NewFamilyInput.NewPerson child(UUID id, String given, String family, int years, int days) {
		return new NewFamilyInput.NewPerson(id, given, family, born(years, days), null, PersonRole.CHILD, true, false);
	}

	/** Born so many years and days before the real today, so ages read the same on every day the demo loads. */
	private LocalDate born(int years, int days) {
		return this.today.minusYears(years).minusDays(days);
	}

	private static Caller.PractitionerCaller practitioner(UUID id, String name, PractitionerRole... more) {
		Set<PractitionerRole> roles = EnumSet.of(PractitionerRole.PRACTITIONER, more);
		return new Caller.PractitionerCaller(id, name, roles, Channel.SYSTEM);
	}

	/** Runs a step of a family's history on the day it happened, mid-morning in the deployment's zone. */
	private <T> T on(int daysAgo, Supplier<T> step) {
		return this.clock.asOf(instant(daysAgo), step);
	}

	/** Mid-morning in the deployment's zone, some days ago (negative: in the future). */
	private Instant instant(int daysAgo) {
		return this.today.minusDays(daysAgo).atTime(10, 30).atZone(this.clock.getZone()).toInstant();
	}

}
