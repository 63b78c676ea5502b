package org.hearth.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InvitationCodesTests {

	@Test
	void a_code_is_ten_characters_that_cannot_be_mistaken_for_each_other() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = InvitationCodes.generate();
			assertThat(code).hasSize(10).doesNotContain("0", "O", "1", "I").matches("[A-Z2-9]{10}");
			codes.add(code);
		}
		assertThat(codes).as("random").hasSize(1000);
	}

	@Test
	void a_code_is_shown_in_groups_and_read_back_whatever_its_case_spaces_and_dashes() {
		assertThat(InvitationCodes.display("KX4P9TQM7R")).isEqualTo("KX4P-9TQM-7R");
		assertThat(InvitationCodes.normalize(" kx4p 9tqm-7r ")).isEqualTo("KX4P9TQM7R");
		assertThat(InvitationCodes.normalize("KX4P\u20139TQM\u20137R")).isEqualTo("KX4P9TQM7R");
		assertThat(InvitationCodes.wellFormed("KX4P9TQM7R")).isTrue();
		assertThat(InvitationCodes.wellFormed("KX4P9TQM7")).isFalse();
		assertThat(InvitationCodes.wellFormed("KX4P9TQM70")).isFalse();
	}

	@Test
	void only_a_sha_256_of_the_code_is_kept() {
		assertThat(InvitationCodes.hash("KX4P9TQM7R")).hasSize(64)
			.isEqualTo(InvitationCodes.hash(InvitationCodes.normalize("kx4p-9tqm-7r")))
			.isNotEqualTo(InvitationCodes.hash("KX4P9TQM7S"))
			.matches("[0-9a-f]{64}");
		assertThat(InvitationCodes.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
