package org.changetalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.changetalk.account.User;

/** A user as the API shows them: {@code {id, username, role, displayName}} (docs/web-api.md). */
final class UserJson {
    private UserJson() {
    }

    static ObjectNode of(User u) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", u.id());
        o.put("username", u.username());
        o.put("role", u.role().wire());
        o.put("displayName", u.displayName());
        return o;
    }

    /** The user, or JSON null when there is none (an account since deleted). */
    static JsonNode orNull(User u) {
        return u == null ? JsonNodeFactory.instance.nullNode() : of(u);
    }
}
