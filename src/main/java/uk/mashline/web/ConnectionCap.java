package uk.mashline.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the connections the server holds open: at the limit it stops accepting, and the connections that arrive
 * wait in the operating system's accept queue, outside the heap, until some close. Twilio does not slow down when the
 * line is busy, and each webhook it sends at once is a connection of its own: in scripts/bench-load's surge of 2,000
 * texts a second (run by hand, 4 December, with a heap histogram) the server took every one, held 15,000 open 6 s in,
 * and the 128 MB heap was full of their channels and waiting requests; the collector then ran back to back, little was
 * answered, and turns were lost to OutOfMemoryError. Bounded, the server works through what it holds at its own pace.
 */
@Singleton
final class ConnectionCap implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** Accepting resumes once this share of the limit is free again, so it is not switched on and off a connection at a time. */
    private static final int RESUME_EIGHTHS = 7;

    private final int maxOpen;
    private final AtomicInteger open = new AtomicInteger();
    private final List<Channel> listeners = new CopyOnWriteArrayList<>();
    /** Whether the listeners take no new connections now; guarded by this. */
    private boolean paused;

    ConnectionCap(ConnectionSettings settings) {
        this.maxOpen = settings.maxOpen();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        if (maxOpen > 0) {
            event.getBean().register(new Customizer());
        }
        return event.getBean();
    }

    /** The connections open now (read by ConnectionCapTest). */
    int open() {
        return open.get();
    }

    private void opened(Channel connection) {
        open.incrementAndGet();
        update();
        connection.closeFuture().addListener(closed -> {
            open.decrementAndGet();
            update();
        });
    }

    // Decided on the count as it is now, under one lock: a close seen before the open that reached the limit must not
    // leave the listeners paused with few connections open.
    private synchronized void update() {
        int now = open.get();
        if (!paused && now >= maxOpen) {
            paused = true;
            listeners.forEach(listener -> listener.config().setAutoRead(false));
        } else if (paused && now <= maxOpen * RESUME_EIGHTHS / 8) {
            paused = false;
            // a listener set to read again takes what waits in the accept queue at once
            listeners.forEach(listener -> listener.config().setAutoRead(true));
        }
    }

    private final class Customizer implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            if (role == ChannelRole.LISTENER) {
                listeners.add(channel);
                channel.closeFuture().addListener(closed -> listeners.remove(channel));
            } else if (role == ChannelRole.CONNECTION) {
                opened(channel);
            }
            return this;
        }
    }
}
