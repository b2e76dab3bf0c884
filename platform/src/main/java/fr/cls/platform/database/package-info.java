/**
 * How a service reaches its database: as its own login role, with a password that must be given, and migrated in a
 * separate step as the schema owner ({@link fr.cls.platform.database.ServiceLauncher}).
 */
package fr.cls.platform.database;
