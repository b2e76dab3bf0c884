/** The business and plumbing figures operators watch, served in the Prometheus format on the management port. */
package fr.cls.platform.metrics;
