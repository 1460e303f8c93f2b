package news.dateline.webhooks;

import java.time.Clock;
import java.util.List;
import news.dateline.accounts.Account;
import news.dateline.accounts.NotPermittedException;
import news.dateline.webhooks.internal.AddressGuard;
import news.dateline.webhooks.internal.DeliveryRepository;
import news.dateline.webhooks.internal.EndpointRepository;
import news.dateline.webhooks.internal.Signature;
import news.dateline.webhooks.internal.Subscribers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook endpoints and their deliveries, for admins only (every call checks the acting account): register, change,
 * delete, look at recent deliveries and send one again. URLs pass the {@link AddressGuard} on registration (and again
 * before every send).
 */
@Service
public class Webhooks {

    /** The most endpoints a site may register. */
    public static final int MAX_ENDPOINTS = 50;

    private final EndpointRepository endpoints;
    private final DeliveryRepository deliveries;
    private final AddressGuard guard;
    private final Subscribers subscribers;
    private final Clock clock;

    Webhooks(EndpointRepository endpoints, DeliveryRepository deliveries, AddressGuard guard, Subscribers subscribers,
             Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.guard = guard;
        this.subscribers = subscribers;
        this.clock = clock;
    }

    public List<Endpoint> endpoints(Account by) {
        admin(by);
        return endpoints.all();
    }

    public Endpoint endpoint(Account by, long id) {
        admin(by);
        return endpoints.find(id).orElseThrow(() -> new WebhookException("id", "No such webhook endpoint"));
    }

    public Endpoint register(Account by, EndpointForm form) {
        admin(by);
        check(form);
        if (endpoints.all().size() >= MAX_ENDPOINTS) {
            throw new WebhookException("url", "A site may register at most " + MAX_ENDPOINTS + " endpoints");
        }
        long id = endpoints.insert(form.url(), form.events(), Signature.newSecret(), form.allowPrivateNetwork(),
                by.username(), clock.instant());
        subscribers.refresh();
        return endpoint(by, id);
    }

    public Endpoint change(Account by, long id, EndpointForm form) {
        endpoint(by, id);
        check(form);
        endpoints.update(id, form.url(), form.events(), form.active(), form.allowPrivateNetwork());
        subscribers.refresh();
        return endpoint(by, id);
    }

    @Transactional
    public void delete(Account by, long id) {
        endpoint(by, id);
        endpoints.delete(id);
        subscribers.refresh();
    }

    /** The endpoint's newest deliveries, newest first. */
    public List<Delivery> deliveries(Account by, long endpointId, int limit) {
        endpoint(by, endpointId);
        return deliveries.recent(endpointId, Math.clamp(limit, 1, 200));
    }

    /** Queues the delivery again, due now, whatever became of it. */
    public Delivery sendAgain(Account by, long deliveryId) {
        admin(by);
        Delivery delivery = deliveries.find(deliveryId)
                .orElseThrow(() -> new WebhookException("id", "No such delivery"));
        deliveries.requeue(deliveryId, clock.instant());
        return deliveries.find(delivery.id()).orElseThrow();
    }

    private void check(EndpointForm form) {
        if (form.events().isEmpty()) {
            throw new WebhookException("events", "Choose at least one event");
        }
        guard.check(form.url(), form.allowPrivateNetwork());
    }

    private static void admin(Account by) {
        if (!by.active() || !by.role().mayAdminister()) {
            throw new NotPermittedException("Only admins manage webhooks");
        }
    }
}
