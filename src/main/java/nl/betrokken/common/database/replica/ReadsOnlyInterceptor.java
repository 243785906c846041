package nl.betrokken.common.database.replica;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Marks the thread as doing read-only work for as long as a {@link ReadsOnly} method runs. */
@ReadsOnly
@Interceptor
// before @Transactional's interceptor, so the transaction's first connection is already chosen for reading
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class ReadsOnlyInterceptor {

    @AroundInvoke
    Object reading(InvocationContext invocation) throws Exception {
        return ReadRouting.reading(invocation::proceed);
    }
}
