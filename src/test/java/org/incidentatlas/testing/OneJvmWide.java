package org.incidentatlas.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The class uses what a JVM holds once: the JavaFX toolkit and its windows, the test preference
 * node, the default uncaught-exception handler, a logging handler on the root logger. Such classes
 * run one after another on the engine's own thread, while the classes without shared state run
 * beside them (junit-platform.properties); a class that changes the default locale or a system
 * property others read is {@code @Isolated} instead, alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Execution(ExecutionMode.SAME_THREAD)
public @interface OneJvmWide {
}
