/**
 * JMH benchmarks and the load generator. Each benchmark reports its ratio to a baseline measured in
 * the same run; results go to docs/benchmarks.md. Not part of the test command.
 */
package org.cogov.bench;
