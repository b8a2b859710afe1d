package dev.blueline.server.api;

import dev.blueline.model.room.Role;
import dev.blueline.server.http.ApiException;
import dev.blueline.server.http.Exchange;
import dev.blueline.server.http.Reply;
import dev.blueline.server.http.Route;
import dev.blueline.server.store.Conversation;
import dev.blueline.server.store.ConversationMessage;
import dev.blueline.server.store.Membership;
import dev.blueline.server.store.Stores;

import java.util.List;
import java.util.Set;

/** AI conversation history of a project: create, list, read with messages, rename, delete, add messages. */
public final class ConversationsApi {
    static final int MAX_MESSAGE = 20_000;

    record NewConversation(String projectId, String title) {
    }

    record Rename(String title) {
    }

    record NewMessage(String role, String content) {
    }

    record ConversationView(String id, String projectId, String title, String createdBy, String createdAt, String updatedAt,
                            List<MessageView> messages) {
        static ConversationView of(Conversation c, List<MessageView> messages) {
            return new ConversationView(c.id(), c.projectId(), c.title(), c.createdBy(), c.createdAt().toString(), c.updatedAt().toString(), messages);
        }
    }

    record MessageView(String id, String role, String content, String createdAt) {
        static MessageView of(ConversationMessage m) {
            return new MessageView(m.id(), m.role(), m.content(), m.createdAt().toString());
        }
    }

    private final Stores stores;
    private final Access access;

    public ConversationsApi(Stores stores, Access access) {
        this.stores = stores;
        this.access = access;
    }

    public List<Route> routes() {
        return List.of(
                Route.signedIn("GET", "/api/v1/conversations", this::list),
                Route.signedIn("POST", "/api/v1/conversations", this::create),
                Route.signedIn("GET", "/api/v1/conversations/{id}", this::get),
                Route.signedIn("PATCH", "/api/v1/conversations/{id}", this::rename),
                Route.signedIn("DELETE", "/api/v1/conversations/{id}", this::delete),
                Route.signedIn("POST", "/api/v1/conversations/{id}/messages", this::addMessage));
    }

    private Reply list(Exchange ex) {
        Membership m = access.require(ex.requireQuery("projectId"), ex.userId(), Role.VIEWER);
        return Reply.ok(stores.conversations().forProject(m.projectId()).stream().map(c -> ConversationView.of(c, null)).toList());
    }

    private Reply create(Exchange ex) {
        NewConversation body = ex.body(NewConversation.class);
        Membership m = access.require(Text.required("projectId", body.projectId(), 64), ex.userId(), Role.EDITOR);
        String title = Text.optional("title", body.title(), 200);
        Conversation c = stores.conversations().create(m.projectId(), title == null || title.isEmpty() ? "New conversation" : title, ex.userId());
        return Reply.created(ConversationView.of(c, List.of()));
    }

    private Reply get(Exchange ex) {
        Conversation c = find(ex, Role.VIEWER);
        return Reply.ok(ConversationView.of(c, stores.conversations().messages(c.id()).stream().map(MessageView::of).toList()));
    }

    private Reply rename(Exchange ex) {
        Conversation c = find(ex, Role.EDITOR);
        String title = Text.required("title", ex.body(Rename.class).title(), 200);
        return Reply.ok(ConversationView.of(stores.conversations().rename(c.id(), title).orElseThrow(), null));
    }

    private Reply delete(Exchange ex) {
        Conversation c = find(ex, Role.EDITOR);
        stores.conversations().delete(c.id());
        return Reply.noContent();
    }

    private Reply addMessage(Exchange ex) {
        Conversation c = find(ex, Role.EDITOR);
        NewMessage body = ex.body(NewMessage.class);
        String role = body.role() == null ? "user" : body.role();
        if (!Set.of("user", "assistant").contains(role)) throw ApiException.badRequest("role must be user or assistant");
        String content = Text.required("content", body.content(), MAX_MESSAGE);
        return Reply.created(MessageView.of(stores.conversations().addMessage(c.id(), role, content)));
    }

    /** The conversation of the path, if the user may see (or change) its project; otherwise "not found". */
    private Conversation find(Exchange ex, Role least) {
        String id = ex.path("id");
        Conversation c = stores.conversations().byId(id).orElseThrow(() -> ApiException.notFound("no conversation " + id));
        try {
            access.require(c.projectId(), ex.userId(), Role.VIEWER);
        } catch (ApiException e) {
            throw ApiException.notFound("no conversation " + id);
        }
        access.require(c.projectId(), ex.userId(), least);
        return c;
    }
}
