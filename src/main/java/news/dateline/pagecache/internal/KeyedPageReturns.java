package news.dateline.pagecache.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import news.dateline.pagecache.KeyedPage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Where a page's keys leave the application: a controller returns a {@link KeyedPage}; this hands its keys to the
 * {@link PageCapture} of the request (when the page cache is capturing it) and gives the page inside to Spring MVC's
 * own handlers, as if the controller had returned it (a {@code ModelAndView}, a {@code ResponseEntity}, ...; nothing
 * when the controller wrote the response itself). Which handler takes a controller method's page is found once per
 * method and page class (a handful: one per controller method), not on every request.
 */
final class KeyedPageReturns implements HandlerMethodReturnValueHandler {

    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;
    private volatile @Nullable HandlerMethodReturnValueHandlerComposite others;
    private final ConcurrentMap<Returned, Delegate> delegates = new ConcurrentHashMap<>();

    /** A controller method and the class of the page it returned. */
    private record Returned(@Nullable Method method, Class<?> page) {
    }

    /** Spring's handler for such a page, and the page typed as that handler expects. */
    private record Delegate(HandlerMethodReturnValueHandler handler, PageParameter type) {
    }

    KeyedPageReturns(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        this.adapter = adapter;
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return KeyedPage.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public void handleReturnValue(@Nullable Object returnValue, MethodParameter returnType,
                                  ModelAndViewContainer container, NativeWebRequest request) throws Exception {
        if (!(returnValue instanceof KeyedPage<?> keyed)) {
            container.setRequestHandled(true);
            return;
        }
        PageCapture capture = request.getNativeResponse(PageCapture.class);
        if (capture != null) {
            capture.keys(keyed.keys());
        }
        Object page = keyed.page();
        if (page == null) {
            container.setRequestHandled(true); // the controller wrote the response itself
            return;
        }
        Delegate delegate = delegates.computeIfAbsent(new Returned(returnType.getMethod(), page.getClass()),
                returned -> delegate(returnType, returned.page()));
        delegate.handler().handleReturnValue(page, delegate.type(), container, request);
    }

    private Delegate delegate(MethodParameter returnType, Class<?> page) {
        var type = new PageParameter(returnType, page);
        HandlerMethodReturnValueHandler handler = others().getHandlers().stream()
                .filter(candidate -> candidate.supportsReturnType(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Spring MVC handler for a page of " + page));
        return new Delegate(handler, type);
    }

    /** Spring MVC's handlers but this one, found once the adapter is ready (it is built with this handler in it). */
    private HandlerMethodReturnValueHandlerComposite others() {
        var composite = others;
        if (composite == null) {
            List<HandlerMethodReturnValueHandler> handlers = adapter.getObject().getReturnValueHandlers();
            composite = new HandlerMethodReturnValueHandlerComposite()
                    .addHandlers(handlers.stream().filter(handler -> !(handler instanceof KeyedPageReturns)).toList());
            others = composite;
        }
        return composite;
    }

    /** The page inside a {@link KeyedPage}, typed as Spring types any return value: by what it is at run time. */
    static final class PageParameter extends MethodParameter {

        private final Class<?> type;
        private final Type genericType;

        PageParameter(MethodParameter returned, Class<?> type) {
            super(returned);
            this.type = type;
            this.genericType = declared(returned.getGenericParameterType(), type);
        }

        private PageParameter(PageParameter original) {
            super(original);
            this.type = original.type;
            this.genericType = original.genericType;
        }

        /** {@code ResponseEntity<byte[]>} from a declared {@code KeyedPage<ResponseEntity<byte[]>>}, else the class. */
        private static Type declared(Type returned, Class<?> type) {
            if (returned instanceof ParameterizedType keyed && keyed.getActualTypeArguments()[0] instanceof ParameterizedType page
                    && page.getRawType() instanceof Class<?> raw && raw.isAssignableFrom(type)) {
                return page;
            }
            return type;
        }

        @Override
        public Class<?> getParameterType() {
            return type;
        }

        @Override
        public Type getGenericParameterType() {
            return genericType;
        }

        @Override
        public PageParameter clone() {
            return new PageParameter(this);
        }
    }
}
