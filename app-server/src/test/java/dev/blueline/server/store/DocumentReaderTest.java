package dev.blueline.server.store;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.blueline.model.testing.Fixtures.element;
import static dev.blueline.model.testing.Fixtures.screen;
import static dev.blueline.model.testing.Fixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

/** The REST side reads the objects table the room keeps; deleted flags and screen ids must be right there. */
class DocumentReaderTest extends StoreTestBase {
    private Project shop;
    private RoomFeed feed;

    @BeforeEach
    void document() throws Exception {
        User ada = user("Ada");
        shop = project("Shop", ada);
        feed = new RoomFeed(ada.id());
        feed.change("c1", 1, screenAt("home", "Home", "a1"), screenAt("cart", "Cart", "a0"), screenAt("old", "Old", "a2"));
        feed.change("c1", 2, ordered(element("title", "heading", "home", 0, 0), "a2"),
                ordered(element("card", "panel", "home", 0, 50), "a1"),
                ordered(element("buy", "button", "home", "card", 10, 10), "a0"),
                ordered(element("gone", "button", "home", 0, 300), "a3"),
                element("total", "label", "cart", 0, 0));
        feed.change("c1", 3, set("gone", Props.DELETED, Value.of(true)), set("old", Props.DELETED, Value.of(true)));
        feed.commit(stores.roomStore(shop.id()));
    }

    private static Put screenAt(String id, String name, String order) {
        return ordered(screen(id, name), order);
    }

    private static Put ordered(Put p, String order) {
        Map<String, Value> props = new LinkedHashMap<>(p.set());
        props.put(Props.ORDER, Value.of(order));
        return new Put(p.id(), props);
    }

    @Test
    void screensAreTheLiveOnesInTheirOrder() {
        assertThat(stores.documents().screens(shop.id())).extracting(StoredObject::id).containsExactly("cart", "home");
        assertThat(stores.documents().screens(shop.id()).getFirst().props()).isEqualTo(feed.doc.props("cart"));
    }

    @Test
    void elementsOfAScreenAreThoseNotDeletedAtAnyDepthInOrder() {
        assertThat(stores.documents().elementsOf(shop.id(), "home")).extracting(StoredObject::id).containsExactly("buy", "card", "title");
        assertThat(stores.documents().elementsOf(shop.id(), "cart")).extracting(StoredObject::id).containsExactly("total");
        assertThat(stores.documents().elementsOf(shop.id(), "nowhere")).isEmpty();
        assertThat(stores.documents().elementsOf("other-project", "home")).isEmpty();
    }

    @Test
    void undeletingBringsThingsBack() throws Exception {
        feed.change("c1", 4, set("gone", Props.DELETED, Value.of(false)), set("old", Props.DELETED, Value.of(false)));
        feed.commit(stores.roomStore(shop.id()));

        assertThat(stores.documents().screens(shop.id())).extracting(StoredObject::id).containsExactly("cart", "home", "old");
        assertThat(stores.documents().elementsOf(shop.id(), "home")).extracting(StoredObject::id).contains("gone");
    }

    @Test
    void anObjectIsReadWholeDeletedOrNot() {
        assertThat(stores.documents().object(shop.id(), "gone")).get().satisfies(o -> {
            assertThat(o.props()).isEqualTo(feed.doc.props("gone"));
            assertThat(o.props().get(Props.DELETED)).isEqualTo(Value.of(true));
            assertThat(o.updatedSeq()).isEqualTo(3);
        });
        assertThat(stores.documents().object(shop.id(), "buy")).get().extracting(o -> o.props().get(Props.PARENT)).isEqualTo(Value.of("card"));
        assertThat(stores.documents().object(shop.id(), "missing")).isEmpty();
        assertThat(stores.documents().object("other-project", "buy")).isEmpty();
    }

    @Test
    void anObjectIdLeadsToItsProject() {
        assertThat(stores.documents().projectOf("home")).contains(shop.id());
        assertThat(stores.documents().projectOf("buy")).contains(shop.id());
        assertThat(stores.documents().projectOf("missing")).isEmpty();
    }

    @Test
    void theSeqIsTheLastCommittedChange() {
        assertThat(stores.documents().seq(shop.id())).isEqualTo(3);
        assertThat(stores.documents().seq("other-project")).isZero();
    }
}
