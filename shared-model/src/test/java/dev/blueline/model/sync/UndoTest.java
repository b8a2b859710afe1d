package dev.blueline.model.sync;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.room.InMemoryRoomStore;
import dev.blueline.model.room.Member;
import dev.blueline.model.room.Role;
import dev.blueline.model.room.Room;
import dev.blueline.model.room.RoomSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.move;
import static dev.blueline.model.testing.Fixtures.screen;
import static org.assertj.core.api.Assertions.assertThat;

class UndoTest {
    Room room;
    Link ada;
    Link lin;

    @BeforeEach
    void setUp() {
        room = new Room("p1", new InMemoryRoomStore(), new Codec(), RoomSettings.DEFAULT, () -> 0L, Instant::now);
        ada = new Link(room, new Member("u1", "Ada", "#3b82f6", Role.EDITOR), new SyncClient(new InMemoryPendingStore("ca"), null)).connect();
        lin = new Link(room, new Member("u2", "Lin", "#f97316", Role.EDITOR), new SyncClient(new InMemoryPendingStore("cl"), null)).connect();
        lin.client.submit(List.of(screen("s1", "Home"), element("e1", "button", "s1", 10, 10)));
        Link.settle(ada, lin);
    }

    SyncClient a() {
        return ada.client;
    }

    @Test
    void undoRestoresWhatIChangedAndRedoPutsItBack() {
        a().submit(List.of(move("e1", 50, 60)));
        Link.settle(ada, lin);
        a().undo();
        Link.settle(ada, lin);
        assertThat(room.document().number("e1", Props.X)).isEqualTo(10);
        assertThat(lin.client.visible().number("e1", Props.Y)).isEqualTo(10);
        a().redo();
        Link.settle(ada, lin);
        assertThat(room.document().number("e1", Props.X)).isEqualTo(50);
    }

    @Test
    void undoNeverTouchesPropertiesIDidNotChange() {
        a().submit(List.of(move("e1", 50, 60)));
        lin.client.submit(List.of(Put.of("e1", Props.TEXT, Value.of("Lin's label"))));
        Link.settle(ada, lin);
        a().undo();
        Link.settle(ada, lin);
        assertThat(room.document().text("e1", Props.TEXT)).isEqualTo("Lin's label");
        assertThat(room.document().number("e1", Props.X)).isEqualTo(10);
    }

    @Test
    void undoLeavesAPropertyAloneWhenSomeoneElseChangedItSince() {
        a().submit(List.of(move("e1", 50, 60)));
        Link.settle(ada, lin);
        lin.client.submit(List.of(Put.of("e1", Props.X, Value.of(200.0))));
        Link.settle(ada, lin);
        a().undo();
        Link.settle(ada, lin);
        assertThat(room.document().number("e1", Props.X)).as("Lin's later move stays").isEqualTo(200);
        assertThat(room.document().number("e1", Props.Y)).as("my y, untouched by Lin, is undone").isEqualTo(10);
    }

    @Test
    void remoteChangesAreNeverUndone() {
        lin.client.submit(List.of(move("e1", 70, 70)));
        Link.settle(ada, lin);
        assertThat(a().canUndo()).isFalse();
        assertThat(a().undo()).isInstanceOf(SyncClient.Submitted.Nothing.class);
        assertThat(room.document().number("e1", Props.X)).isEqualTo(70);
    }

    @Test
    void undoingACreationDeletesAndRedoBringsItBack() {
        a().submit(List.of(element("e2", "label", "s1", 1, 1)));
        Link.settle(ada, lin);
        a().undo();
        Link.settle(ada, lin);
        assertThat(lin.client.visible().isLive("e2")).isFalse();
        a().redo();
        Link.settle(ada, lin);
        assertThat(lin.client.visible().isLive("e2")).isTrue();
    }

    @Test
    void undoingADeleteBringsBackExactlyWhatWasDeleted() {
        a().submit(List.of(Put.of("e1", Props.DELETED, Value.of(true))));
        Link.settle(ada, lin);
        a().undo();
        Link.settle(ada, lin);
        assertThat(room.document().isLive("e1")).isTrue();
        assertThat(room.document().number("e1", Props.X)).isEqualTo(10);
    }

    @Test
    void theMovesOfOneDragUndoAsOneStep() {
        a().submit(List.of(move("e1", 20, 20)));
        a().submit(List.of(move("e1", 30, 30)), true);
        a().submit(List.of(move("e1", 40, 40)), true);
        Link.settle(ada, lin);
        a().undo();
        Link.settle(ada, lin);
        assertThat(room.document().number("e1", Props.X)).isEqualTo(10);
        assertThat(a().canUndo()).isFalse();
    }

    @Test
    void aRefusedChangeLeavesNothingToUndo() {
        lin.client.submit(List.of(Put.of("s1", Props.DELETED, Value.of(true))));
        Link.settle(lin);
        a().submit(List.of(element("e2", "label", "s1", 0, 0)));
        Link.settle(ada, lin);
        assertThat(a().canUndo()).isFalse();
    }

    @Test
    void aNewEditClearsRedo() {
        a().submit(List.of(move("e1", 50, 50)));
        a().undo();
        assertThat(a().canRedo()).isTrue();
        a().submit(List.of(move("e1", 5, 5)));
        assertThat(a().canRedo()).isFalse();
    }
}
