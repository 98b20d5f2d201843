package org.changetalk.storage;

/** A database call failed; the message says which operation. The cause is the driver's exception. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
