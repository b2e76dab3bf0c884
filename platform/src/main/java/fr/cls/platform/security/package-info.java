/** Every service is an OAuth2 resource server: it validates the JWT itself and takes the tenant from it. */
package fr.cls.platform.security;
