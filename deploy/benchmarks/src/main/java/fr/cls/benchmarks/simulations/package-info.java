/** Gatling simulations (Java DSL), each configured by system properties the suite sets (see {@link fr.cls.benchmarks.simulations.Load}). */
package fr.cls.benchmarks.simulations;
