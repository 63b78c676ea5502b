package org.hearth.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.CONSENT_SIGNATURE;
import static org.hearth.db.jooq.Tables.EPISODE;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A signature drawn on the tablet is kept with a consent signed on the device (extension of {@code recordConsent}):
 * only with that method, only a PNG, only up to the cap, and only by whoever may record consent; a refusal writes
 * nothing. The case file says it is signed without carrying the image.
 */
class ConsentSignatureTests extends HearthIntegrationTests {

	private static final String RECORD = """
			mutation($input: RecordConsentInput!) {
			  recordConsent(input: $input) {
			    episode { status consents { scope method signed } }
			    errors { field code message }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	private record Requested(String lead, UUID episode, UUID family, UUID mother, String prefix) {
	}

	private Requested requested() {
		String prefix = "sig-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID mother = this.fixtures.person(family, "Mother", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of());
		this.dsl.update(EPISODE).set(EPISODE.STATUS, "REQUESTED").where(EPISODE.ID.eq(episode)).execute();
		return new Requested(prefix + "-lead", episode, family, mother, prefix);
	}

	/** A small signature, drawn as a tablet would: dark strokes on a transparent picture. */
	static byte[] drawnSignature() {
		BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB);
		var pen = image.createGraphics();
		pen.setColor(Color.BLACK);
		pen.setStroke(new BasicStroke(3));
		pen.drawPolyline(new int[] { 40, 120, 180, 260, 330, 420, 520 }, new int[] { 150, 40, 160, 60, 140, 50, 120 },
				7);
		pen.dispose();
		try (var bytes = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String dataUrl(byte[] png) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
	}

	private static GraphQlTester.Response record(HttpGraphQlTester caller, Requested family, String scope,
			String method, String signature) {
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", family.episode().toString(), "scope", scope,
				"decision", "GIVEN", "givenByPersonId", family.mother().toString(), "method", method));
		if (signature != null) {
			input.put("signature", signature);
		}
		return caller.document(RECORD).variable("input", input).execute();
	}

	private int consentsOn(UUID episode) {
		return this.dsl.fetchCount(CONSENT, CONSENT.EPISODE_ID.eq(episode));
	}

	private int signaturesOn(UUID episode) {
		return this.dsl.fetchCount(CONSENT_SIGNATURE,
				CONSENT_SIGNATURE.CONSENT_ID.in(this.dsl.select(CONSENT.ID).from(CONSENT).where(CONSENT.EPISODE_ID.eq(episode))));
	}

	@Test
	void a_signature_drawn_on_the_device_is_kept_with_the_consent_and_shown_as_signed() {
		Requested family = requested();
		HttpGraphQlTester lead = signedInAs(family.lead());
		byte[] png = drawnSignature();
		var signed = record(lead, family, "START", "SIGNED_ON_DEVICE", dataUrl(png));
		signed.path("recordConsent.errors").entityList(Object.class).hasSize(0);
		signed.path("recordConsent.episode.consents[0].signed").entity(Boolean.class).isEqualTo(true);
		byte[] kept = this.dsl.select(CONSENT_SIGNATURE.PNG)
			.from(CONSENT_SIGNATURE)
			.join(CONSENT)
			.on(CONSENT.ID.eq(CONSENT_SIGNATURE.CONSENT_ID))
			.where(CONSENT.EPISODE_ID.eq(family.episode()))
			.fetchSingle()
			.value1();
		assertThat(kept).isEqualTo(png);
		// Without a signature the contract works as before, even for SIGNED_ON_DEVICE, and says it is not signed.
		var unsigned = record(lead, family, "STORE", "SIGNED_ON_DEVICE", null);
		unsigned.path("recordConsent.episode.status").entity(String.class).isEqualTo("ASSESSING");
		unsigned.path("recordConsent.episode.consents[1].signed").entity(Boolean.class).isEqualTo(false);
		assertThat(signaturesOn(family.episode())).isEqualTo(1);
		// The app's case file carries the mark, not the image.
		callEndpoint(signIn(family.lead(), DEMO_PASSWORD), "CaseFileEndpoint/caseFiles",
				Map.of("episodeIds", List.of(family.episode().toString())))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].consents[0].signed").isEqualTo(true)
			.jsonPath("$[0].consents[1].signed").isEqualTo(false)
			.jsonPath("$[0].consents[0].signature").doesNotExist();
	}

	@Test
	void a_signature_with_another_method_oversized_or_not_a_png_is_refused_and_nothing_is_written() {
		Requested family = requested();
		HttpGraphQlTester lead = signedInAs(family.lead());
		byte[] tooBig = Arrays.copyOf(drawnSignature(), ConsentService.MAX_SIGNATURE_BYTES + 1);
		Map<String, String[]> refusals = new java.util.LinkedHashMap<>();
		refusals.put("NOT_FOR_METHOD", new String[] { "VERBAL", dataUrl(drawnSignature()) });
		refusals.put("TOO_LARGE", new String[] { "SIGNED_ON_DEVICE", dataUrl(tooBig) });
		refusals.put("NOT_A_PNG", new String[] { "SIGNED_ON_DEVICE", "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==" });
		refusals.forEach((code, methodAndSignature) -> {
			var refused = record(lead, family, "START", methodAndSignature[0], methodAndSignature[1]);
			refused.path("recordConsent.errors[0].code").entity(String.class).isEqualTo(code);
			refused.path("recordConsent.errors[0].field").entityList(String.class).containsExactly("input", "signature");
		});
		// Text dressed as a PNG, and a PNG's first bytes with the rest cut off.
		for (String notPng : List.of(dataUrl("hello, this is not a picture".getBytes()), "data:image/png;base64,%%%",
				dataUrl(Arrays.copyOf(drawnSignature(), 40)))) {
			record(lead, family, "START", "SIGNED_ON_DEVICE", notPng).path("recordConsent.errors[0].code")
				.entity(String.class)
				.isEqualTo("NOT_A_PNG");
		}
		assertThat(consentsOn(family.episode())).isZero();
		assertThat(signaturesOn(family.episode())).isZero();
	}

	@Test
	void someone_who_may_not_record_consent_is_refused_with_a_signature_too_and_nothing_is_written() {
		Requested family = requested();
		String parent = family.prefix() + "-parent";
		this.fixtures.familyMemberAccount(parent, family.family());
		String outsider = family.prefix() + "-outsider";
		this.fixtures.practitioner(outsider, this.fixtures.newAgency("Outside " + family.prefix()), null);
		for (String refused : List.of(outsider, parent)) {
			record(signedInAs(refused), family, "START", "SIGNED_ON_DEVICE", dataUrl(drawnSignature())).errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		}
		assertThat(consentsOn(family.episode())).isZero();
		assertThat(signaturesOn(family.episode())).isZero();
	}

}
