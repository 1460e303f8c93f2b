/**
 * Web infrastructure every API controller stands on: the {@code /api/**} security chain (keys and tokens, rate
 * limits, CORS, body limits), the {@link news.dateline.api.ApiCaller} argument, problem+json for every refusal and
 * strict JSON reading of request bodies.
 */
@NullMarked
package news.dateline.api.internal;

import org.jspecify.annotations.NullMarked;
