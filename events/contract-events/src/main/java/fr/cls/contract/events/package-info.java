/** The message contract of contract-service: its topic, event type names and payloads. */
package fr.cls.contract.events;
