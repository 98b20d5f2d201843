package org.changetalk.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a request's whole body without a thread before the app sees it, within a total deadline.
 *
 * <p>The app reads bodies with blocking calls. Without this, a client sending one byte every few seconds
 * held a server thread for as long as it liked (each byte resets the idle timeout), and a few hundred such
 * clients took every thread: {@code /api/health} stopped answering. Here the body is collected
 * asynchronously (a slow client costs a connection and a buffer, no thread), the app runs only once all of
 * it has arrived, a body that has not arrived within {@code deadline} is answered 408, and one larger than
 * {@code maxBytes} 413, without reading the rest.
 */
final class WholeBodies extends Handler.Wrapper {
    private final long maxBytes;
    private final Duration deadline;

    WholeBodies(long maxBytes, Duration deadline) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean body = length > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!body) {
            return super.handle(request, response, callback);
        }
        if (length > maxBytes) {
            Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413);
            return true;
        }
        new Loader(request, response, callback).start();
        return true;
    }

    /** Collects one body; exactly one of dispatch, 408 and 413 happens ({@code settled}). */
    private final class Loader implements Invocable.Task {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile Scheduler.Task timer;

        Loader(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void start() {
            timer = request.getComponents().getScheduler().schedule(this::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    // the client went away or sent a broken body: answer 400 if anyone is still listening
                    chunk.release();
                    if (settle()) {
                        Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
                    }
                    return;
                }
                ByteBuffer b = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                if (bytes.size() + (long) b.remaining() > maxBytes) {
                    chunk.release();
                    if (settle()) {
                        Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413);
                    }
                    return;
                }
                byte[] copy = new byte[b.remaining()];
                b.get(copy);
                bytes.write(copy, 0, copy.length);
                chunk.release();
                if (last) {
                    if (settle()) {
                        dispatch();
                    }
                    return;
                }
            }
        }

        private void expire() {
            if (settle()) {
                Response.writeError(request, response, callback, HttpStatus.REQUEST_TIMEOUT_408);
            }
        }

        private boolean settle() {
            if (!settled.compareAndSet(false, true)) {
                return false;
            }
            Scheduler.Task t = timer;
            if (t != null) {
                t.cancel();
            }
            return true;
        }

        /** Runs the app on a pool thread (this may be the selector's), over the collected body. */
        private void dispatch() {
            Request whole = new Buffered(request, bytes.toByteArray());
            request.getContext().execute(() -> {
                try {
                    if (!getHandler().handle(whole, response, callback)) {
                        Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                    }
                } catch (Throwable t) {
                    Response.writeError(request, response, callback, t);
                }
            });
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }
    }

    /** The request with its body already read: one chunk, then the end. */
    private static final class Buffered extends Request.Wrapper {
        private Content.Chunk next;

        Buffered(Request wrapped, byte[] body) {
            super(wrapped);
            this.next = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk c = next;
            next = Content.Chunk.EOF;
            return c;
        }

        @Override
        public void demand(Runnable demandCallback) {
            // everything has arrived: reading never has to wait
            demandCallback.run();
        }
    }
}
