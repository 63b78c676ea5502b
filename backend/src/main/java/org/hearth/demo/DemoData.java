package org.hearth.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo: a council's Early Help service and its partners, the documented accounts, and six families, one at
 * each stage of the process. Dates are relative to the day of loading, so the timescales always tell a story.
 */
final class DemoData {

	/** The password of every demo account (documented in the README; refused by the production profile). */
	static final String PASSWORD = "hearth-demo";

	/** The secret of the demo partner client {@code school-mis}. */
	static final String PARTNER_SECRET = "school-mis-secret";

	private static final String FSW = "Family support worker (lead)";

	private final DemoDataRepository db;

	private final String passwordHash;

	private final String partnerSecretHash;

	private final LocalDate today;

	private final ZoneId zone;

	private UUID earlyHelp;

	private UUID school;

	private UUID health;

	private UUID housing;

	private UUID sam;

	private UUID alex;

	private UUID morgan;

	private UUID healthVisitor;

	private UUID housingOfficer;

	DemoData(DemoDataRepository db, PasswordEncoder passwords, Clock clock) {
		this.db = db;
		this.passwordHash = passwords.encode(PASSWORD);
		this.partnerSecretHash = passwords.encode(PARTNER_SECRET);
		this.today = LocalDate.now(clock);
		this.zone = clock.getZone();
	}

	void load() {
		agenciesAndPeople();
		int year = this.today.getYear();
		requested(year);
		assessing(year);
		planning(year);
		activeWithReviews(year);
		activeAndOverdue(year);
		closed(year);
		this.db.referenceCounter("EH", year, 6);
		this.db.referenceCounter("EP", year, 6);
	}

	private void agenciesAndPeople() {
		this.earlyHelp = this.db.agency("Northgate Early Help Service", "LOCAL_AUTHORITY_EARLY_HELP",
				"earlyhelp@northgate.example", "01632 960100");
		this.school = this.db.agency("Riverside Primary School", "SCHOOL", "office@riverside.example",
				"01632 960200");
		this.health = this.db.agency("Northgate Health Visiting Team", "HEALTH", "hv@northgate-nhs.example",
				"01632 960300");
		this.housing = this.db.agency("Northgate Homes", "HOUSING", "tenancy@northgatehomes.example",
				"01632 960400");
		UUID charity = this.db.agency("Harbour Family Centre", "VOLUNTARY", "hello@harbour.example", "01632 960500");
		this.db.agency("Northgate Children's Social Care", "SOCIAL_CARE", "csc@northgate.example", "01632 960600");

		this.morgan = this.db.practitioner(this.earlyHelp, "Morgan Ellis", "Early Help team manager",
				"morgan.ellis@northgate.example", "01632 960111", null, List.of("PRACTITIONER", "MANAGER"));
		this.sam = this.db.practitioner(this.earlyHelp, "Sam Okafor", "Family support worker",
				"sam.okafor@northgate.example", "07700 900101", this.morgan, List.of("PRACTITIONER"));
		this.alex = this.db.practitioner(this.school, "Alex Reid", "Pastoral lead", "a.reid@riverside.example",
				"01632 960201", null, List.of("PRACTITIONER"));
		UUID hub = this.db.practitioner(this.earlyHelp, "Priya Shah", "Early Help hub advisor",
				"priya.shah@northgate.example", "01632 960120", null, List.of("PRACTITIONER", "EARLY_HELP_TEAM"));
		UUID casey = this.db.practitioner(charity, "Casey Lin", "Family worker", "casey@harbour.example",
				"01632 960501", null, List.of("PRACTITIONER"));
		this.healthVisitor = this.db.practitioner(this.health, "Jo Patel", "Health visitor",
				"jo.patel@northgate-nhs.example", "01632 960301", null, List.of("PRACTITIONER"));
		this.housingOfficer = this.db.practitioner(this.housing, "Chris Evans", "Tenancy sustainment officer",
				"c.evans@northgatehomes.example", "01632 960401", null, List.of("PRACTITIONER"));

		this.db.account("sam", this.passwordHash, this.sam, null);
		this.db.account("alex", this.passwordHash, this.alex, null);
		this.db.account("morgan", this.passwordHash, this.morgan, null);
		this.db.account("hub", this.passwordHash, hub, null);
		this.db.account("casey", this.passwordHash, casey, null);
		this.db.partnerClient("school-mis", this.partnerSecretHash, this.school, "plans:read actions:write");
	}

	/** A request has been made; consent is still to be asked for. */
	private void requested(int year) {
		UUID family = this.db.family("EH-" + year + "-000001", "14 Mill Lane", "Northgate", "NG1 4AB", "Urdu", true,
				instant(3));
		this.db.person(family, "Amina", "Hussain", this.today.minusYears(31).minusDays(40), null,
				"PARENT_CARER", true, true);
		this.db.person(family, "Zain", "Hussain", this.today.minusYears(7).minusDays(12), null, "CHILD", true, false);
		this.db.person(family, "Layla", "Hussain", this.today.minusYears(3).minusDays(150), null, "CHILD", true,
				false);
		UUID episode = this.db.episode("EP-" + year + "-000001", family, "REQUESTED", "LEVEL_2",
				"PRACTITIONER_REQUEST",
				"Zain's attendance has dropped to 82% this term and he is often tired. Mum has asked for help "
						+ "with routines since moving to the area.",
				this.today.minusDays(3), this.sam, instant(3));
		this.db.practitionerMember(episode, this.sam, FSW, true, this.today.minusDays(3), null);
	}

	/** Consent given; the assessment is under way, with the family's views partly recorded. */
	private void assessing(int year) {
		UUID family = this.db.family("EH-" + year + "-000002", "3 Orchard Close", "Northgate", "NG2 7CD", "Polish",
				false, instant(9));
		UUID mother = this.db.person(family, "Kasia", "Nowak", this.today.minusYears(27).minusDays(100), null,
				"PARENT_CARER", true, true);
		UUID father = this.db.person(family, "Piotr", "Nowak", this.today.minusYears(29).minusDays(10), null,
				"PARENT_CARER", true, true);
		UUID child = this.db.person(family, "Ola", "Nowak", this.today.minusYears(4).minusDays(70), null, "CHILD",
				true, false);
		this.db.person(family, "Baby", "Nowak", null, this.today.plusDays(60), "CHILD", false, false);
		UUID episode = this.db.episode("EP-" + year + "-000002", family, "ASSESSING", "LEVEL_2", "HUB_REFERRAL",
				"Health visitor concerned about Ola's speech and the parents' stress with a new baby due.",
				this.today.minusDays(9), this.healthVisitor, instant(9));
		this.db.practitionerMember(episode, this.sam, FSW, true, this.today.minusDays(9), null);
		this.db.practitionerMember(episode, this.healthVisitor, "Health visitor", false, this.today.minusDays(9),
				null);
		consents(episode, mother, 8);
		UUID assessment = this.db.assessment(episode, this.today.minusDays(6), null, null,
				List.of("Health visiting", "Children's centre stay and play"));
		this.db.personView(assessment, mother, "Ola doesn't have many words yet and gets frustrated.",
				"We read together every night.", "Ola to be understood at nursery.", false);
		this.db.personView(assessment, father, "Working nights; feels he misses bedtime.",
				"Good with Ola at the park.", "More time together as a family before the baby comes.", false);
		this.db.childVoice(assessment, child, "Loud noises", "Bubbles and my dad", "Be a firefighter");
	}

	/** Assessment done; the initial Team Around the Family meeting is booked for later this week. */
	private void planning(int year) {
		UUID family = this.db.family("EH-" + year + "-000003", "22 Station Road", "Easton", "NG3 2EF", "English",
				false, instant(24));
		UUID father = this.db.person(family, "Mark", "Thompson", this.today.minusYears(38).minusDays(5), null,
				"PARENT_CARER", true, true);
		UUID child = this.db.person(family, "Ellie", "Thompson", this.today.minusYears(9).minusDays(200), null,
				"CHILD", true, false);
		this.db.person(family, "Josh", "Thompson", this.today.minusYears(13).minusDays(30), null, "CHILD", true,
				false);
		UUID episode = this.db.episode("EP-" + year + "-000003", family, "PLANNING", "LEVEL_3",
				"PRACTITIONER_REQUEST",
				"Ellie is anxious about school since her parents separated; dad is struggling with rent arrears.",
				this.today.minusDays(24), this.alex, instant(24));
		this.db.practitionerMember(episode, this.sam, FSW, true, this.today.minusDays(24), null);
		this.db.practitionerMember(episode, this.alex, "Pastoral lead, Riverside Primary", false,
				this.today.minusDays(24), null);
		consents(episode, father, 23);
		UUID assessment = this.db.assessment(episode, this.today.minusDays(20), this.today.minusDays(8),
				"Ellie worries about her dad and money. Dad wants a stable home and to stay on top of bills.",
				List.of("School pastoral support", "Citizens Advice"));
		this.db.personView(assessment, father, "Arrears letters keep coming.", "Never misses the school run.",
				"A plan to clear the arrears.", false);
		this.db.childVoice(assessment, child, "Dad being sad", "My friends and drawing", "A dog");
		this.db.meeting(episode, "INITIAL_TAF", instant(-3), null, null, null, List.of(), List.of());
	}

	/** Active plan with outcomes, actions and two reviews; Dana can sign in to see it. */
	private void activeWithReviews(int year) {
		UUID family = this.db.family("EH-" + year + "-000004", "8 Beech Walk", "Northgate", "NG1 9GH", "English",
				false, instant(120));
		UUID dana = this.db.person(family, "Dana", "Carter", this.today.minusYears(34).minusDays(60), null,
				"PARENT_CARER", true, true);
		UUID leo = this.db.person(family, "Leo", "Carter", this.today.minusYears(8).minusDays(90), null, "CHILD",
				true, false);
		UUID maya = this.db.person(family, "Maya", "Carter", this.today.minusYears(5).minusDays(20), null, "CHILD",
				true, false);
		this.db.account("dana", this.passwordHash, null, dana);
		UUID episode = this.db.episode("EP-" + year + "-000004", family, "ACTIVE", "LEVEL_3", "PRACTITIONER_REQUEST",
				"Leo's behaviour at school has changed; the family faces eviction after a rent increase.",
				this.today.minusDays(120), this.alex, instant(120));
		UUID lead = this.db.practitionerMember(episode, this.sam, FSW, true, this.today.minusDays(120), null);
		UUID teacher = this.db.practitionerMember(episode, this.alex, "Pastoral lead, Riverside Primary", false,
				this.today.minusDays(120), null);
		UUID tenancy = this.db.practitionerMember(episode, this.housingOfficer, "Tenancy sustainment", false,
				this.today.minusDays(95), null);
		UUID mum = this.db.familyMember(episode, dana, "Mum", this.today.minusDays(120));
		consents(episode, dana, 119);
		UUID assessment = this.db.assessment(episode, this.today.minusDays(117), this.today.minusDays(105),
				"Housing insecurity is the main worry; Leo is unsettled at school and Mum is worn out.",
				List.of("School pastoral support", "Northgate Homes"));
		this.db.personView(assessment, dana, "Losing the flat. Leo's temper.", "We are close; the kids are my world.",
				"Somewhere settled to live and Leo happy at school.", false);
		this.db.personView(assessment, leo, "Moving school.", "Good at football.", "Stay with my friends.", false);
		this.db.childVoice(assessment, leo, "Shouting at home", "Football and Grandad", "Play for Northgate FC");
		this.db.childVoice(assessment, maya, "The dark", "My teddy and Leo", "Be a vet");

		this.db.meeting(episode, "INITIAL_TAF", instant(95), this.today.minusDays(95), true,
				"Plan agreed with Dana.", List.of(lead, teacher, tenancy, mum), List.of());
		UUID housingOutcome = this.db.outcome(episode, null, "HOUSING",
				"The family has a secure tenancy they can afford.",
				"Rent account in credit for three months running; no notice to quit.", this.today.plusDays(60), "OPEN",
				instant(95));
		UUID schoolOutcome = this.db.outcome(episode, leo, "EDUCATION",
				"Leo feels settled at school and has fewer incidents.",
				"Behaviour log: no more than one incident a fortnight for half a term.", this.today.plusDays(45),
				"OPEN", instant(95));
		UUID moneyOutcome = this.db.outcome(episode, dana, "FINANCIAL_STABILITY",
				"Dana is claiming everything she is entitled to.", "Benefit check done and claims made.",
				this.today.minusDays(30), "ACHIEVED", instant(95));
		this.db.action(housingOutcome, "Agree a repayment plan for the arrears.", tenancy, this.today.minusDays(70),
				"DONE", this.today.minusDays(72), instant(95));
		this.db.action(housingOutcome, "Apply for a discretionary housing payment.", lead, this.today.plusDays(10),
				"IN_PROGRESS", null, instant(60));
		this.db.action(schoolOutcome, "Weekly check-in with Leo on Monday mornings.", teacher,
				this.today.plusDays(30), "IN_PROGRESS", null, instant(95));
		this.db.action(schoolOutcome, "Referral to the school counsellor.", teacher, this.today.minusDays(80),
				"DONE", this.today.minusDays(82), instant(95));
		this.db.action(moneyOutcome, "Benefit check with Citizens Advice.", mum, this.today.minusDays(40), "DONE",
				this.today.minusDays(45), instant(95));

		UUID firstReview = this.db.meeting(episode, "REVIEW", instant(67), this.today.minusDays(67), true, null,
				List.of(lead, teacher, mum), List.of(tenancy));
		this.db.review(episode, firstReview, this.today.minusDays(67), "POSITIVE_CHANGE", "CONTINUE",
				"Feeling less panicked now the arrears plan is in place.", "Leo says school is 'a bit better'.",
				this.today.minusDays(11), this.sam, instant(67), List.of(housingOutcome, schoolOutcome), "OPEN");
		UUID secondReview = this.db.meeting(episode, "REVIEW", instant(11), this.today.minusDays(11), true, null,
				List.of(lead, teacher, tenancy, mum), List.of());
		this.db.review(episode, secondReview, this.today.minusDays(11), "POSITIVE_CHANGE", "AMEND_PLAN",
				"Benefit claims sorted. Still worried about the DHP decision.",
				"Leo made the school football team.", this.today.plusDays(45), this.sam, instant(11),
				List.of(housingOutcome, schoolOutcome, moneyOutcome), "PARTLY_ACHIEVED");
		this.db.familyComment(episode, dana, instant(10), "Thank you for coming to the review at home, it helped.");
	}

	/** Active, but the review is overdue and actions have slipped. */
	private void activeAndOverdue(int year) {
		UUID family = this.db.family("EH-" + year + "-000005", "41 Canal Street", "Easton", "NG3 5JK", "Bengali",
				true, instant(150));
		UUID mother = this.db.person(family, "Rahima", "Ahmed", this.today.minusYears(40).minusDays(3), null,
				"PARENT_CARER", true, true);
		UUID son = this.db.person(family, "Imran", "Ahmed", this.today.minusYears(14).minusDays(100), null, "CHILD",
				true, false);
		this.db.person(family, "Sadia", "Ahmed", this.today.minusYears(11).minusDays(44), null, "CHILD", true, false);
		this.db.person(family, "Nasreen", "Begum", this.today.minusYears(66), null, "EXTENDED_FAMILY", false, false);
		UUID episode = this.db.episode("EP-" + year + "-000005", family, "ACTIVE", "LEVEL_3", "HUB_REFERRAL",
				"Imran has been missing school and was seen with older young people late at night; "
						+ "Mum's health is poor.",
				this.today.minusDays(150), this.healthVisitor, instant(150));
		UUID lead = this.db.practitionerMember(episode, this.sam, FSW, true, this.today.minusDays(150), null);
		UUID nurse = this.db.practitionerMember(episode, this.healthVisitor, "School nurse", false,
				this.today.minusDays(150), null);
		consents(episode, mother, 149);
		consentFromYoungPerson(episode, son, 149);
		this.db.assessment(episode, this.today.minusDays(148), this.today.minusDays(136),
				"Imran is at risk of exploitation through missing school; Mum's illness limits supervision.",
				List.of("Youth service", "GP"));
		this.db.meeting(episode, "INITIAL_TAF", instant(126), this.today.minusDays(126), false,
				"Mum too unwell to attend; plan shared at home the next day.", List.of(lead, nurse), List.of());
		UUID attendance = this.db.outcome(episode, son, "EDUCATION", "Imran is in school every day.",
				"Attendance at 95% or better over six weeks.", this.today.plusDays(20), "OPEN", instant(126));
		UUID safety = this.db.outcome(episode, son, "SAFE_FROM_ABUSE",
				"Imran is home by nine and the family knows where he is.",
				"Mum's diary shows him home by nine on school nights.", this.today.plusDays(20), "OPEN",
				instant(126));
		this.db.action(attendance, "Daily call home when Imran is absent.", nurse, this.today.minusDays(21),
				"IN_PROGRESS", null, instant(126));
		this.db.action(safety, "Introduce Imran to the youth mentoring project.", lead, this.today.minusDays(14),
				"NOT_STARTED", null, instant(126));
		this.db.action(safety, "Agree a curfew plan with Imran and Mum.", lead, this.today.minusDays(60), "DONE",
				this.today.minusDays(64), instant(126));
		UUID review = this.db.meeting(episode, "REVIEW", instant(98), this.today.minusDays(98), true, null,
				List.of(lead, nurse), List.of());
		this.db.review(episode, review, this.today.minusDays(98), "NO_CHANGE", "CONTINUE",
				"Mum says Imran is still out late.", "Imran says school is boring.", this.today.minusDays(42),
				this.sam, instant(98), List.of(attendance, safety), "OPEN");
	}

	/** Closed: needs met, with feedback and where to find help later. */
	private void closed(int year) {
		UUID family = this.db.family("EH-" + year + "-000006", "5 Willow Court", "Northgate", "NG1 3LM", "English",
				false, instant(300));
		UUID mother = this.db.person(family, "Sophie", "Green", this.today.minusYears(29).minusDays(210), null,
				"PARENT_CARER", true, true);
		UUID child = this.db.person(family, "Alfie", "Green", this.today.minusYears(6).minusDays(33), null, "CHILD",
				true, false);
		UUID episode = this.db.episode("EP-" + year + "-000006", family, "CLOSED", "LEVEL_2", "PRACTITIONER_REQUEST",
				"Alfie's toileting and sleep; Mum isolated after a move.", this.today.minusDays(300), this.alex,
				instant(300));
		UUID lead = this.db.practitionerMember(episode, this.sam, FSW, true, this.today.minusDays(300), null);
		UUID teacher = this.db.practitionerMember(episode, this.alex, "Pastoral lead, Riverside Primary", false,
				this.today.minusDays(300), this.today.minusDays(30));
		consents(episode, mother, 299);
		this.db.assessment(episode, this.today.minusDays(298), this.today.minusDays(290),
				"Mum lacks a support network; Alfie needs a routine.", List.of("School nursing"));
		this.db.meeting(episode, "INITIAL_TAF", instant(280), this.today.minusDays(280), true, null,
				List.of(lead, teacher), List.of());
		UUID routine = this.db.outcome(episode, child, "HEALTH", "Alfie sleeps through and is dry in the day.",
				"Sleep diary: five nights in seven through.", this.today.minusDays(60), "ACHIEVED", instant(280));
		UUID network = this.db.outcome(episode, mother, "FAMILY_RELATIONSHIPS",
				"Sophie has people to turn to locally.", "Goes to a weekly group.", this.today.minusDays(60),
				"ACHIEVED", instant(280));
		this.db.action(routine, "Bedtime routine chart and weekly check-in.", lead, this.today.minusDays(200),
				"DONE", this.today.minusDays(205), instant(280));
		this.db.action(network, "Go with Sophie to the stay-and-play group.", lead, this.today.minusDays(240),
				"DONE", this.today.minusDays(245), instant(280));
		UUID review = this.db.meeting(episode, "REVIEW", instant(31), this.today.minusDays(31), true, null,
				List.of(lead, teacher), List.of());
		this.db.review(episode, review, this.today.minusDays(31), "POSITIVE_CHANGE", "CLOSE",
				"We are in a good place now.", "Alfie says he likes his new bed.", null, this.sam, instant(31),
				List.of(routine, network), "ACHIEVED");
		this.db.closure(episode, this.today.minusDays(30), "NEEDS_MET",
				"Both outcomes achieved; Sophie goes to the group weekly and Alfie's routine is settled.",
				"Sam really listened. We know where to go if things get hard again.", "I like my bed.", this.sam,
				List.of("Northgate Family Hub drop-in, Tuesdays 10-12", "Riverside Primary pastoral team",
						"Family Information Service: 01632 960700"));
	}

	private void consents(UUID episode, UUID parent, int daysAgo) {
		for (String scope : List.of("START", "STORE", "SHARE")) {
			this.db.consent(episode, scope, parent, this.sam, instant(daysAgo), "SIGNED_ON_DEVICE", null);
		}
	}

	private void consentFromYoungPerson(UUID episode, UUID youngPerson, int daysAgo) {
		for (String scope : List.of("START", "STORE", "SHARE")) {
			this.db.consent(episode, scope, youngPerson, this.sam, instant(daysAgo), "VERBAL",
					"Imran understood and agreed in his own words.");
		}
	}

	/** Mid-morning in the deployment's zone, some days ago (negative: in the future). */
	private Instant instant(int daysAgo) {
		return this.today.minusDays(daysAgo).atTime(10, 30).atZone(this.zone).toInstant();
	}

}
