/**
 * The {@code scholarlod} command line (picocli): convert, validate, load, query, link, serve and the
 * reference-parser tools. Each command is a {@code Callable<Integer>}; errors become one line on stderr and a
 * documented exit code ({@link ExitCode}).
 */
package org.scholarlod.cli;
