/** Test support: what the tests need from outside the JVM, and how a missing piece is reported. */
package org.scholarlod.testing;
