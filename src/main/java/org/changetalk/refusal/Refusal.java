package org.changetalk.refusal;

import java.time.Duration;

/**
 * A service saying no: the request is understood but will not be done. Services throw it and know nothing of
 * HTTP; {@code web} maps each kind to a status code and {@code {"error", "detail"}} in one place.
 * <p>
 * {@link #reason()} is a short machine-readable code (the API's {@code error} field); {@link #getMessage()} is
 * the sentence for a person, naming the field first where a field is wrong ({@code "text: required."}).
 * Refusals are expected outcomes, so they carry no stack trace.
 */
public abstract sealed class Refusal extends RuntimeException
        permits Refusal.NotFound, Refusal.Forbidden, Refusal.Conflict, Refusal.Invalid, Refusal.TooLarge,
        Refusal.Unauthenticated, Refusal.Throttled, Refusal.Busy {

    private final String reason;

    private Refusal(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** No such thing, or one the caller may not know exists (so ids do not leak). */
    public static final class NotFound extends Refusal {
        public NotFound(String message) {
            super("not_found", message);
        }
    }

    /** The caller is known but not allowed to do this. */
    public static final class Forbidden extends Refusal {
        public Forbidden(String message) {
            this("forbidden", message);
        }

        public Forbidden(String reason, String message) {
            super(reason, message);
        }
    }

    /** The thing is in a state that does not allow this now (finished, taken, changed meanwhile). */
    public static final class Conflict extends Refusal {
        public Conflict(String message) {
            this("conflict", message);
        }

        public Conflict(String reason, String message) {
            super(reason, message);
        }
    }

    /** The input is wrong; the message starts with the field's name. */
    public static final class Invalid extends Refusal {
        public Invalid(String message) {
            this("bad_request", message);
        }

        public Invalid(String reason, String message) {
            super(reason, message);
        }
    }

    /** The input is larger than the service takes. */
    public static final class TooLarge extends Refusal {
        public TooLarge(String message) {
            super("too_large", message);
        }
    }

    /** Who is asking is unknown or their credentials are wrong. */
    public static final class Unauthenticated extends Refusal {
        public Unauthenticated(String reason, String message) {
            super(reason, message);
        }
    }

    /** Too many attempts: try again after the wait. */
    public static final class Throttled extends Refusal {
        private final Duration retryAfter;

        public Throttled(String reason, String message, Duration retryAfter) {
            super(reason, message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The service cannot take this on now (a full queue): nothing was done; try again after the wait. */
    public static final class Busy extends Refusal {
        private final Duration retryAfter;

        public Busy(String reason, String message, Duration retryAfter) {
            super(reason, message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    public static NotFound notFound(String message) {
        return new NotFound(message);
    }

    public static Forbidden forbidden(String message) {
        return new Forbidden(message);
    }

    public static Conflict conflict(String message) {
        return new Conflict(message);
    }

    public static Invalid invalid(String message) {
        return new Invalid(message);
    }
}
