package news.dateline.api.internal;

import news.dateline.api.ApiCaller;
import news.dateline.api.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a controller method the {@link ApiCaller} the API's door ({@link ApiKeyFilter}) proved. */
final class ApiCallerArgument implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiCaller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                                  NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        if (request.getAttribute(ApiKeyFilter.CALLER, RequestAttributes.SCOPE_REQUEST) instanceof ApiCaller caller) {
            return caller;
        }
        throw ApiProblem.unauthorized("Send an API key: Authorization: Bearer …");
    }
}
