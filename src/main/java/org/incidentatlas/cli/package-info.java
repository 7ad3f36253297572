/**
 * The command line (picocli): {@code extract}, {@code evaluate}, {@code geocode}, {@code render}, and
 * the one handler every unexpected failure ends in. Commands parse options, call the core and decide
 * what to print and which exit code to return. May use every core package; never JavaFX scenes or
 * {@code ui}: commands run on machines without a display, and {@code Main} passes the window
 * launcher in. The developer tools ({@code bench}, {@code build-*}) are in {@code src/tools/java}.
 */
package org.incidentatlas.cli;
