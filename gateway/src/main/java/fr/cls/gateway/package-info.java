/** The gateway: one entry point routing /api/v1/** to the services, with correlation ids and problem+json fallbacks. */
package fr.cls.gateway;
