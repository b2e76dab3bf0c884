/** Runs the whole platform on one machine without Docker: Kafka broker process, PostgreSQL, the five services. */
package fr.cls.deploy;
