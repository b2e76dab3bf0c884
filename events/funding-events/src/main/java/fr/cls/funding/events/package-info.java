/** The message contract of funding-service: its topic, event type names and payloads. */
package fr.cls.funding.events;
