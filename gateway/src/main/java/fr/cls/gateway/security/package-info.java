/** The gateway validates tokens as every service does (defence in depth), and answers 401/403 as problem+json. */
package fr.cls.gateway.security;
