package dev.blueline.server.store;

import dev.blueline.model.room.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InviteStoreTest extends StoreTestBase {
    private User ada;
    private Project shop;
    private Instant inADay;

    @BeforeEach
    void project() {
        ada = user("Ada");
        shop = project("Shop", ada);
        inADay = START.plus(Duration.ofDays(1));
    }

    @Test
    void anInviteCarriesItsProjectRoleAndExpiry() {
        Invite invite = stores.invites().create(shop.id(), Role.EDITOR, ada.id(), inADay);

        assertThat(invite).isEqualTo(new Invite(invite.code(), shop.id(), Role.EDITOR, ada.id(), START, inADay, false));
        assertThat(stores.invites().byCode(invite.code())).contains(invite);
        assertThat(stores.invites().byCode("not-a-code")).isEmpty();
        Instant oddExpiry = START.plusNanos(1_234_567_891);
        Invite odd = stores.invites().create(shop.id(), Role.VIEWER, ada.id(), oddExpiry);
        assertThat(stores.invites().byCode(odd.code())).contains(odd); // stored to the microsecond, and returned so
        assertThat(invite.toString()).doesNotContain(invite.code());
    }

    @Test
    void codesAreLongRandomAndSafeInALink() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 64; i++) codes.add(stores.invites().create(shop.id(), Role.VIEWER, ada.id(), inADay).code());

        assertThat(codes).hasSize(64);
        // 24 base64url characters without padding carry 144 random bits
        assertThat(codes).allMatch(c -> c.matches("[A-Za-z0-9_-]{24}"));
    }

    @Test
    void nobodyCanBeInvitedAsOwner() {
        assertThatThrownBy(() -> stores.invites().create(shop.id(), Role.OWNER, ada.id(), inADay))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void activeInvitesAreTheUnexpiredUnrevokedOnesNewestFirst() {
        Invite shortLived = stores.invites().create(shop.id(), Role.VIEWER, ada.id(), START.plus(Duration.ofMinutes(10)));
        tick();
        Invite revoked = stores.invites().create(shop.id(), Role.EDITOR, ada.id(), inADay);
        tick();
        Invite editor = stores.invites().create(shop.id(), Role.EDITOR, ada.id(), inADay);
        tick();
        Invite viewer = stores.invites().create(shop.id(), Role.VIEWER, ada.id(), inADay);
        Invite otherProject = stores.invites().create(project("Other", ada).id(), Role.VIEWER, ada.id(), inADay);
        stores.invites().revoke(shop.id(), revoked.code());

        assertThat(stores.invites().active(shop.id(), START.plus(Duration.ofMinutes(1))))
                .extracting(Invite::code).containsExactly(viewer.code(), editor.code(), shortLived.code());
        // expiry is exclusive: at the expiry instant the invite no longer works
        assertThat(stores.invites().active(shop.id(), shortLived.expiresAt()))
                .extracting(Invite::code).containsExactly(viewer.code(), editor.code());
        assertThat(stores.invites().active(shop.id(), inADay)).isEmpty();
        assertThat(stores.invites().byCode(shortLived.code())).get()
                .satisfies(i -> assertThat(i.usableAt(shortLived.expiresAt())).isFalse());
        assertThat(otherProject.projectId()).isNotEqualTo(shop.id());
    }

    @Test
    void revokingStopsAnInviteOnlyInItsOwnProject() {
        Invite invite = stores.invites().create(shop.id(), Role.EDITOR, ada.id(), inADay);
        Project other = project("Other", ada);

        assertThat(stores.invites().revoke(other.id(), invite.code())).isFalse();
        assertThat(stores.invites().byCode(invite.code())).get().extracting(Invite::revoked).isEqualTo(false);

        assertThat(stores.invites().revoke(shop.id(), invite.code())).isTrue();
        assertThat(stores.invites().revoke(shop.id(), invite.code())).isTrue();
        assertThat(stores.invites().byCode(invite.code())).get().satisfies(i -> {
            assertThat(i.revoked()).isTrue();
            assertThat(i.usableAt(START)).isFalse();
        });
        assertThat(stores.invites().revoke(shop.id(), "unknown")).isFalse();
    }

    @Test
    void invitesGoWithTheirProject() {
        Invite invite = stores.invites().create(shop.id(), Role.EDITOR, ada.id(), inADay);

        stores.projects().delete(shop.id());

        assertThat(stores.invites().byCode(invite.code())).isEmpty();
    }
}
