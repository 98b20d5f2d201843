package org.changetalk.account;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A user as the API shows them: {@code {id, username, role, displayName}} (docs/web-api.md). */
public final class UserJson {
    private UserJson() {
    }

    public static ObjectNode of(User u) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", u.id());
        o.put("username", u.username());
        o.put("role", u.role().wire());
        o.put("displayName", u.displayName());
        return o;
    }
}
