/**
 * The AsyncAPI 3.0 document of a service's events, with JSON Schemas generated from the event records by
 * reflection (so a new field is documented as soon as it exists), served at {@code /v3/asyncapi}.
 */
package fr.cls.platform.asyncapi;
