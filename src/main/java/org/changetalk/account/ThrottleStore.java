package org.changetalk.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where {@link LoginThrottle} keeps its counters and the browsers it knows. Each update of one key is
 * atomic: two sign-ins on the same key (on one instance or on two sharing a database) never both see the
 * same count, which is what makes a reservation a reservation.
 */
public interface ThrottleStore {
    /**
     * Replaces the key's count with {@code change} applied to it (null: no count), atomically; a null result
     * forgets the key. {@code change} is applied exactly once and must not block.
     */
    void update(String key, UnaryOperator<LoginThrottle.Count> change);

    /** The account key a browser (its device token's hash) has signed in to, or null. */
    String device(String deviceHash);

    void remember(String deviceHash, String account);

    /** May forget counts whose last failure is before {@code staleBefore} and with no attempt in flight. */
    void prune(long staleBefore);

    /** For one instance: in memory, forgotten on restart. */
    static ThrottleStore inMemory() {
        return new ThrottleStore() {
            private static final int MAX_KEYS = 100_000;
            private final Map<String, LoginThrottle.Count> counts = new ConcurrentHashMap<>();
            /** Device token hash → account key: browsers that have signed in to that account. */
            private final Map<String, String> devices = new ConcurrentHashMap<>();

            @Override
            public void update(String key, UnaryOperator<LoginThrottle.Count> change) {
                counts.compute(key, (k, c) -> change.apply(c));
            }

            @Override
            public String device(String deviceHash) {
                return devices.get(deviceHash);
            }

            @Override
            public void remember(String deviceHash, String account) {
                if (devices.size() > MAX_KEYS) {
                    devices.clear(); // forgetting devices costs their owners only the ordinary budget
                }
                devices.put(deviceHash, account);
            }

            @Override
            public void prune(long staleBefore) {
                if (counts.size() > MAX_KEYS) {
                    counts.entrySet().removeIf(e -> e.getValue().lastMillis() < staleBefore && e.getValue().inFlight() == 0);
                }
            }
        };
    }
}
