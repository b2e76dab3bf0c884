/** The benchmark suite: starts a stack of its own, loads it with Gatling and pgbench, prints the performance table. */
package fr.cls.benchmarks;
