package dev.blueline.server.store.jooq;

import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;

import java.util.Map;

/**
 * One row of the objects table. {@code kind}, {@code screenId} and {@code deleted} are copies of
 * properties, kept in columns so that "screens of P" and "elements of S" are indexed queries.
 */
record ObjectRow(String id, String kind, String screenId, boolean deleted, String props) {

    /** The row for an object as it now is, or null when the object has no properties (it does not exist). */
    static ObjectRow of(Put object) {
        Map<String, Value> p = object.set();
        String kind = p.getOrDefault(Props.KIND, Value.NULL).asText();
        if (kind == null) return null;
        String screen = kind.equals("element") ? p.getOrDefault(Props.SCREEN, Value.NULL).asText() : null;
        return new ObjectRow(object.id(), kind, screen, p.getOrDefault(Props.DELETED, Value.NULL).isTrue(), Json.props(p));
    }

    /** Sibling order as the editor sorts it: order key, then id. */
    static String orderKey(Map<String, Value> props) {
        String order = props.getOrDefault(Props.ORDER, Value.NULL).asText();
        return order == null ? "" : order;
    }
}
