/** Several instances of a service behind one route: round-robin, skipping an instance that refused a connection. */
package fr.cls.gateway.replicas;
