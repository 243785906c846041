package nl.betrokken.common.database.replica;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks work that only reads (a dashboard, a report, an export's rows): with a read replica configured, its
 * transaction runs there. Work that writes anything, even an audit record, must not carry it: the replica refuses
 * writes, and what it shows may lag the primary by a moment. Called inside a transaction that already read from the
 * primary, the work stays on the primary.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsOnly {}
