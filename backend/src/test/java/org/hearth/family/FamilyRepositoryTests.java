package org.hearth.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.hearth.system.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FamilyRepositoryTests extends HearthIntegrationTests {

	@Autowired
	private FamilyRepository families;

	@Test
	void a_family_and_its_members_read_back_as_written() {
		Family family = new Family(Ids.newId(), "ROUND-TRIP-1", new Address("1 High St", null, "Easton", "NG3 1AA"),
				"Somali", true, 0);
		this.families.insertFamily(family, Instant.now());
		Person child = new Person(Ids.newId(), family.id(), "Hodan", "Ali", LocalDate.of(2019, 5, 4), null,
				PersonRole.CHILD, true, false, 0);
		Person unborn = new Person(Ids.newId(), family.id(), "Baby", "Ali", null, LocalDate.now().plusMonths(3),
				PersonRole.CHILD, false, false, 0);
		this.families.insertPerson(child);
		this.families.insertPerson(unborn);

		assertThat(this.families.findAll(List.of(family.id()))).containsExactly(family);
		assertThat(this.families.members(List.of(family.id()))).containsExactlyInAnyOrder(child, unborn);
	}

	@Test
	void a_change_from_an_out_of_date_copy_is_refused_and_changes_nothing() {
		UUID id = Ids.newId();
		this.families.insertFamily(new Family(id, "ROUND-TRIP-2", null, "English", false, 0), Instant.now());

		int version = this.families.updateDetails(id, 0, new Address("2 Low St", null, "Northgate", "NG1 2BB"),
				"English", true);
		assertThat(version).isEqualTo(1);

		// A second device still holding version 0 tries to save its own edit.
		assertThatThrownBy(() -> this.families.updateDetails(id, 0, null, "Welsh", false))
			.isInstanceOf(StaleVersionException.class);

		Family stored = this.families.findAll(List.of(id)).getFirst();
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.primaryLanguage()).isEqualTo("English");
		assertThat(stored.interpreterRequired()).isTrue();
		assertThat(stored.address()).isEqualTo(new Address("2 Low St", null, "Northgate", "NG1 2BB"));
	}

}
